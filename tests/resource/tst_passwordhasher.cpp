#include "resource/PasswordHasher.h"

#include <QRegularExpression>
#include <QTest>

#include <sodium.h>
#include <thread>
#include <vector>

using namespace muster;

namespace {

// "m=65536,t=2,p=1" from a PHC string: memory in KiB and passes.
std::pair<qint64, qint64> parameters(const QString& hash)
{
    static const QRegularExpression pattern(QStringLiteral("\\$m=(\\d+),t=(\\d+),p=\\d+\\$"));
    const QRegularExpressionMatch match = pattern.match(hash);
    if (!match.hasMatch())
        return {-1, -1};
    return {match.captured(1).toLongLong(), match.captured(2).toLongLong()};
}

} // namespace

class TestPasswordHasher : public QObject {
    Q_OBJECT

private slots:
    void concurrentHashing()
    {
        // The first use of libsodium happens here, on several threads at once.
        const PasswordHasher hasher(PasswordHasher::Strength::Fast);
        QStringList passwords;
        for (int i = 0; i < 16; ++i)
            passwords.append(QStringLiteral("password-%1").arg(i));
        // A std::thread each, joined: QtConcurrent's mapped-reduce hands its results over inside
        // QtConcurrent, where ThreadSanitizer sees no order and reported a race in Qt's template code.
        std::vector<QString> hashes(passwords.size());
        std::vector<std::thread> threads;
        for (qsizetype i = 0; i < passwords.size(); ++i)
            threads.emplace_back(
                [&hasher, &hashes, &passwords, i] { hashes[std::size_t(i)] = hasher.hash(passwords.at(i)); });
        for (std::thread& thread : threads)
            thread.join();
        QCOMPARE(qsizetype(hashes.size()), passwords.size());
        for (qsizetype i = 0; i < passwords.size(); ++i) {
            QVERIFY(PasswordHasher::verify(passwords.at(i), hashes.at(std::size_t(i))));
            QVERIFY(
                !PasswordHasher::verify(passwords.at((i + 1) % passwords.size()), hashes.at(std::size_t(i))));
        }
    }

    void hashAndVerify_data()
    {
        QTest::addColumn<QString>("password");
        QTest::addColumn<QString>("wrong");

        QTest::addRow("ascii") << QStringLiteral("t1meMa$heen") << QStringLiteral("t1memA$heen");
        QTest::addRow("one character off at the end") << QStringLiteral("correct horse battery staple")
                                                      << QStringLiteral("correct horse battery staplf");
        QTest::addRow("empty") << QString() << QStringLiteral(" ");
        QTest::addRow("german") << QString::fromUtf8("Grüße aus Köln, Straße 5")
                                << QString::fromUtf8("Grusse aus Koln, Strasse 5");
        QTest::addRow("greek") << QString::fromUtf8("Σίσυφος") << QString::fromUtf8("σίσυφος");
        QTest::addRow("cjk") << QString::fromUtf8("密码很安全") << QString::fromUtf8("密码很安");
        QTest::addRow("emoji (surrogate pairs)")
            << QString::fromUtf8("🔑🦄 unicorn") << QString::fromUtf8("🔑🦄 unicorm");
        // U+00E9 and U+0065 U+0301 look alike but are different passwords (no normalization).
        QTest::addRow("composed vs decomposed")
            << QString::fromUtf8("caf\u00e9") << QString::fromUtf8("cafe\u0301");
        QTest::addRow("long") << QString(1000, u'x') << QString(999, u'x');
        QTest::addRow("embedded NUL")
            << QString(QStringLiteral("ab") + QChar(0) + QStringLiteral("cd")) << QStringLiteral("ab");
    }

    void hashAndVerify()
    {
        QFETCH(QString, password);
        QFETCH(QString, wrong);
        const PasswordHasher hasher(PasswordHasher::Strength::Fast);

        const QString first = hasher.hash(password);
        QVERIFY(!first.isEmpty());
        QVERIFY(first != password);
        QVERIFY2(first.startsWith(QLatin1String("$argon2id$v=19$")), qPrintable(first));
        QVERIFY(PasswordHasher::isHash(first));
        QVERIFY(PasswordHasher::verify(password, first));
        QVERIFY(!PasswordHasher::verify(wrong, first));

        // A fresh salt every time: equal passwords do not give equal hashes, yet both verify.
        const QString second = hasher.hash(password);
        QVERIFY(second != first);
        QVERIFY(PasswordHasher::verify(password, second));
        QVERIFY(!PasswordHasher::verify(wrong, second));
    }

    void strength_data()
    {
        QTest::addColumn<int>("strength");
        QTest::addColumn<qint64>("memoryKiB");
        QTest::addColumn<qint64>("passes");

        QTest::addRow("fast") << int(PasswordHasher::Strength::Fast)
                              << qint64(crypto_pwhash_MEMLIMIT_MIN / 1024)
                              << qint64(crypto_pwhash_OPSLIMIT_MIN);
        QTest::addRow("interactive") << int(PasswordHasher::Strength::Interactive)
                                     << qint64(crypto_pwhash_MEMLIMIT_INTERACTIVE / 1024)
                                     << qint64(crypto_pwhash_OPSLIMIT_INTERACTIVE);
    }

    void strength()
    {
        QFETCH(int, strength);
        QFETCH(qint64, memoryKiB);
        QFETCH(qint64, passes);

        const PasswordHasher hasher(static_cast<PasswordHasher::Strength>(strength));
        const QString hash = hasher.hash(QStringLiteral("s3cret"));
        QVERIFY(!hash.isEmpty());
        // The parameters travel with the hash, so verify() needs no strength.
        const auto [memory, time] = parameters(hash);
        QCOMPARE(memory, memoryKiB);
        QCOMPARE(time, passes);
        QVERIFY(PasswordHasher::verify(QStringLiteral("s3cret"), hash));
        QVERIFY(!PasswordHasher::verify(QStringLiteral("s3cre"), hash));
    }

    void defaultIsInteractive()
    {
        const QString hash = PasswordHasher().hash(QStringLiteral("x"));
        QCOMPARE(parameters(hash).first, qint64(crypto_pwhash_MEMLIMIT_INTERACTIVE / 1024));
    }

    void isHash_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("expected");

        QTest::addRow("argon2id") << QStringLiteral("$argon2id$v=19$m=8,t=1,p=1$c2FsdHNhbHRzYWx0$aGFzaA")
                                  << true;
        QTest::addRow("argon2i") << QStringLiteral("$argon2i$v=19$m=32768,t=4,p=1$c2FsdA$aGFzaGhhc2g")
                                 << true;
        QTest::addRow("clear text") << QStringLiteral("hunter2") << false;
        QTest::addRow("empty") << QString() << false;
        QTest::addRow("argon2d is not ours")
            << QStringLiteral("$argon2d$v=19$m=8,t=1,p=1$c2FsdA$aGFzaA") << false;
        QTest::addRow("bcrypt") << QStringLiteral(
                                       "$2y$10$N9qo8uLOickgx2ZMRZoMyeIjZAgcfl7p92ldGxad68LJZdL17lhWy")
                                << false;
        QTest::addRow("prefix only") << QStringLiteral("$argon2id$") << false;
        QTest::addRow("missing hash") << QStringLiteral("$argon2id$v=19$m=8,t=1,p=1$c2FsdA") << false;
        QTest::addRow("empty salt") << QStringLiteral("$argon2id$v=19$m=8,t=1,p=1$$aGFzaA") << false;
        QTest::addRow("upper case prefix")
            << QStringLiteral("$ARGON2ID$v=19$m=8,t=1,p=1$c2FsdA$aGFzaA") << false;
        QTest::addRow("clear text that starts like a hash")
            << QStringLiteral("$argon2id$ is my password") << false;
    }

    void isHash()
    {
        QFETCH(QString, text);
        QFETCH(bool, expected);
        QCOMPARE(PasswordHasher::isHash(text), expected);
    }

    void verifyRejectsNonHashes_data()
    {
        QTest::addColumn<QString>("password");
        QTest::addColumn<QString>("stored");

        // A clear-text value where a hash belongs must never verify, not even against itself.
        QTest::addRow("clear text against itself") << QStringLiteral("hunter2") << QStringLiteral("hunter2");
        QTest::addRow("empty against empty") << QString() << QString();
        QTest::addRow("tampered hash")
            << QStringLiteral("s3cret")
            << QStringLiteral("$argon2id$v=19$m=8,t=1,p=1$c2FsdHNhbHRzYWx0$aGFzaA");
        QTest::addRow("oversized") << QStringLiteral("s3cret")
                                   << QString(QStringLiteral("$argon2id$v=19$m=8,t=1,p=1$") +
                                              QString(200, u'a') + QStringLiteral("$aGFzaA"));
    }

    void verifyRejectsNonHashes()
    {
        QFETCH(QString, password);
        QFETCH(QString, stored);
        QVERIFY(!PasswordHasher::verify(password, stored));
    }

    void tamperedHashFails()
    {
        const PasswordHasher hasher(PasswordHasher::Strength::Fast);
        QString hash = hasher.hash(QStringLiteral("s3cret"));
        QVERIFY(PasswordHasher::verify(QStringLiteral("s3cret"), hash));
        // Flip one character of the digest.
        const qsizetype last = hash.size() - 1;
        hash[last] = hash.at(last) == u'A' ? u'B' : u'A';
        QVERIFY(!PasswordHasher::verify(QStringLiteral("s3cret"), hash));
    }
};

QTEST_GUILESS_MAIN(TestPasswordHasher)
#include "tst_passwordhasher.moc"
