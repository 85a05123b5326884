#include "transfer/CsvReader.h"
#include "transfer/CsvWriter.h"

#include <QBuffer>
#include <QTest>

using namespace muster;
using namespace Qt::StringLiterals;

using Records = QList<QStringList>;

// The RFC 4180 reader on the files spreadsheets and people write, and the writer read back.
class TestCsvReader : public QObject {
    Q_OBJECT

private slots:
    void parse_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<QString>("delimiter"); // empty: detect
        QTest::addColumn<Records>("records");
        QTest::addColumn<QList<int>>("lines");

        QTest::addRow("commas, LF") << QByteArray("a,b,c\n1,2,3\n") << QString()
                                    << Records{{u"a"_s, u"b"_s, u"c"_s}, {u"1"_s, u"2"_s, u"3"_s}}
                                    << QList<int>{1, 2};
        QTest::addRow("CRLF") << QByteArray("a,b\r\n1,2\r\n") << QString()
                              << Records{{u"a"_s, u"b"_s}, {u"1"_s, u"2"_s}} << QList<int>{1, 2};
        QTest::addRow("old Mac CR") << QByteArray("a,b\r1,2\r") << QString()
                                    << Records{{u"a"_s, u"b"_s}, {u"1"_s, u"2"_s}} << QList<int>{1, 2};
        QTest::addRow("no line break at the end")
            << QByteArray("a,b\n1,2") << QString() << Records{{u"a"_s, u"b"_s}, {u"1"_s, u"2"_s}}
            << QList<int>{1, 2};
        QTest::addRow("semicolons detected")
            << QByteArray("a;b;c\n1;2,5;3\n") << QString()
            << Records{{u"a"_s, u"b"_s, u"c"_s}, {u"1"_s, u"2,5"_s, u"3"_s}} << QList<int>{1, 2};
        QTest::addRow("semicolons, commas quoted in the header")
            << QByteArray("\"x,y\";b;c\n1;2;3\n") << QString()
            << Records{{u"x,y"_s, u"b"_s, u"c"_s}, {u"1"_s, u"2"_s, u"3"_s}} << QList<int>{1, 2};
        QTest::addRow("tabs detected") << QByteArray("a\tb\n1\t2\n") << QString()
                                       << Records{{u"a"_s, u"b"_s}, {u"1"_s, u"2"_s}} << QList<int>{1, 2};
        QTest::addRow("delimiter given")
            << QByteArray("a;b,c\n") << QStringLiteral(",") << Records{{u"a;b"_s, u"c"_s}} << QList<int>{1};
        QTest::addRow("byte order mark")
            << QByteArray("\xEF\xBB\xBFuserName,x\nann,1\n") << QString()
            << Records{{u"userName"_s, u"x"_s}, {u"ann"_s, u"1"_s}} << QList<int>{1, 2};
        QTest::addRow("quoted delimiter") << QByteArray("a,\"b,c\",d\n") << QString()
                                          << Records{{u"a"_s, u"b,c"_s, u"d"_s}} << QList<int>{1};
        QTest::addRow("doubled quotes") << QByteArray("\"say \"\"hi\"\"\",x\n") << QString()
                                        << Records{{u"say \"hi\""_s, u"x"_s}} << QList<int>{1};
        QTest::addRow("only a doubled quote")
            << QByteArray("\"\"\"\",x\n") << QString() << Records{{u"\""_s, u"x"_s}} << QList<int>{1};
        QTest::addRow("line break in a field, lines counted")
            << QByteArray("h1,h2\n\"two\nlines\",b\nnext,row\n") << QString()
            << Records{{u"h1"_s, u"h2"_s}, {u"two\nlines"_s, u"b"_s}, {u"next"_s, u"row"_s}}
            << QList<int>{1, 2, 4};
        QTest::addRow("CRLF in a field reads as LF")
            << QByteArray("\"a\r\nb\",c\r\nd,e\r\n") << QString()
            << Records{{u"a\nb"_s, u"c"_s}, {u"d"_s, u"e"_s}} << QList<int>{1, 3};
        QTest::addRow("empty fields") << QByteArray(",a,,b,\n") << QString()
                                      << Records{{u""_s, u"a"_s, u""_s, u"b"_s, u""_s}} << QList<int>{1};
        QTest::addRow("trailing delimiter at the end of the file")
            << QByteArray("a,") << QString() << Records{{u"a"_s, u""_s}} << QList<int>{1};
        QTest::addRow("empty quoted field") << QByteArray("\"\",x\n\"\"\n") << QString()
                                            << Records{{u""_s, u"x"_s}, {u""_s}} << QList<int>{1, 2};
        QTest::addRow("blank lines skipped")
            << QByteArray("a,b\n\n\r\n1,2\n\n") << QString() << Records{{u"a"_s, u"b"_s}, {u"1"_s, u"2"_s}}
            << QList<int>{1, 4};
        QTest::addRow("spaces kept") << QByteArray(" a , b \n") << QString() << Records{{u" a "_s, u" b "_s}}
                                     << QList<int>{1};
        QTest::addRow("quote inside an unquoted field is literal")
            << QByteArray("O\"Brien,x\n") << QString() << Records{{u"O\"Brien"_s, u"x"_s}} << QList<int>{1};
        QTest::addRow("UTF-8 letters")
            << QByteArray("Zoë,Łukasz,李\n") << QString()
            << Records{{QStringLiteral("Zoë"), QStringLiteral("Łukasz"), QStringLiteral("李")}}
            << QList<int>{1};
        QTest::addRow("nothing") << QByteArray("") << QString() << Records{} << QList<int>{};
    }

    void parse()
    {
        QFETCH(QByteArray, input);
        QFETCH(QString, delimiter);
        QFETCH(Records, records);
        QFETCH(QList<int>, lines);
        const Result<QString> text = CsvReader::decode(input);
        QVERIFY2(text, qPrintable(text ? QString() : text.error().detail));
        const QChar separator = delimiter.isEmpty() ? CsvReader::detectDelimiter(*text) : delimiter.at(0);
        const Result<QList<CsvRecord>> parsed = CsvReader::parse(*text, separator);
        QVERIFY2(parsed, qPrintable(parsed ? QString() : parsed.error().detail));
        QCOMPARE(parsed->size(), records.size());
        for (qsizetype i = 0; i < records.size(); ++i) {
            QCOMPARE(parsed->at(i).fields, records.at(i));
            QCOMPARE(parsed->at(i).line, lines.at(i));
        }
    }

    void errors_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<QString>("detail"); // part of the message

        QTest::addRow("text after a closing quote")
            << QByteArray("a,b\n\"x\"y,z\n") << QStringLiteral("Line 2");
        QTest::addRow("quote never closed, named where it opened")
            << QByteArray("a,b\n1,\"open\nmore\nlines\n") << QStringLiteral("Line 2");
        QTest::addRow("invalid UTF-8") << QByteArray("a,b\n\xC3\x28,x\n") << QStringLiteral("UTF-8");
        QTest::addRow("UTF-16") << QByteArray("\xFF\xFE"
                                              "a\0,\0b\0",
                                              8)
                                << QStringLiteral("UTF-16");
        QTest::addRow("empty file") << QByteArray("\n\n") << QStringLiteral("empty");
    }

    void errors()
    {
        QFETCH(QByteArray, input);
        QFETCH(QString, detail);
        const Result<CsvTable> table = CsvReader::read(input);
        QVERIFY(!table);
        QVERIFY2(table.error().detail.contains(detail), qPrintable(table.error().detail));
    }

    void readTable()
    {
        const Result<CsvTable> table =
            CsvReader::read("\xEF\xBB\xBFuserName;email\r\nann;ann@example.com\r\n");
        QVERIFY(table);
        QCOMPARE(table->delimiter, QChar(u';'));
        QCOMPARE(table->header, (QStringList{u"userName"_s, u"email"_s}));
        QCOMPARE(table->records.size(), 1);
        QCOMPARE(table->records.first().fields, (QStringList{u"ann"_s, u"ann@example.com"_s}));
        QCOMPARE(table->records.first().line, 2);
    }

    void roundTrip_data()
    {
        QTest::addColumn<QStringList>("fields");
        QTest::addColumn<QString>("delimiter");
        QTest::addColumn<QString>("written");

        QTest::addRow("plain") << QStringList{u"a"_s, u"b"_s} << QStringLiteral(",")
                               << QStringLiteral("a,b\r\n");
        QTest::addRow("delimiter quoted")
            << QStringList{u"a,b"_s, u"c"_s} << QStringLiteral(",") << QStringLiteral("\"a,b\",c\r\n");
        QTest::addRow("other delimiter not quoted")
            << QStringList{u"a,b"_s, u"c"_s} << QStringLiteral(";") << QStringLiteral("a,b;c\r\n");
        QTest::addRow("quotes doubled") << QStringList{u"say \"hi\""_s} << QStringLiteral(",")
                                        << QStringLiteral("\"say \"\"hi\"\"\"\r\n");
        QTest::addRow("line break") << QStringList{u"a\nb"_s, u""_s} << QStringLiteral(",")
                                    << QStringLiteral("\"a\nb\",\r\n");
        QTest::addRow("edge spaces kept")
            << QStringList{u" a"_s} << QStringLiteral(",") << QStringLiteral("\" a\"\r\n");
        QTest::addRow("one empty field")
            << QStringList{u""_s} << QStringLiteral(",") << QStringLiteral("\"\"\r\n");
    }

    void roundTrip()
    {
        QFETCH(QStringList, fields);
        QFETCH(QString, delimiter);
        QFETCH(QString, written);
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        CsvWriter writer(&buffer, delimiter.at(0));
        QVERIFY(writer.writeRecord(fields));
        QCOMPARE(QString::fromUtf8(buffer.data()), written);
        const Result<QList<CsvRecord>> read = CsvReader::parse(written, delimiter.at(0));
        QVERIFY(read);
        QCOMPARE(read->size(), 1);
        QCOMPARE(read->first().fields, fields);
    }
};

QTEST_GUILESS_MAIN(TestCsvReader)
#include "tst_csvreader.moc"
