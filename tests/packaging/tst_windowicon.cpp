#include <QIcon>
#include <QImage>
#include <QTest>

// The window icon the desktop app sets from its resources (":/icons/muster.ico"): every size a window
// manager or the taskbar asks for, drawn as the tile with its rounded, transparent corners.
class TestWindowIcon : public QObject {
    Q_OBJECT

private slots:
    void sizes_data()
    {
        QTest::addColumn<int>("size");
        for (const int size : {16, 24, 32, 48, 64, 128, 256})
            QTest::addRow("%dx%d", size, size) << size;
    }

    void sizes()
    {
        QFETCH(int, size);
        const QIcon icon(QStringLiteral(":/icons/muster.ico"));
        QVERIFY(icon.availableSizes().contains(QSize(size, size)));
        const QImage image = icon.pixmap(QSize(size, size)).toImage();
        QCOMPARE(image.size(), QSize(size, size));
        QCOMPARE(qAlpha(image.pixel(0, 0)), 0);
        QCOMPARE(qAlpha(image.pixel(size / 2, size / 2)), 255);
    }
};

QTEST_MAIN(TestWindowIcon)
#include "tst_windowicon.moc"
