#include "ScimFixture.h"
#include "scim/AuthFailureLimiter.h"

#include <QTest>

using namespace muster;

namespace {

const QHostAddress Guesser(QStringLiteral("192.0.2.10"));
const QHostAddress Other(QStringLiteral("192.0.2.20"));

} // namespace

class TestAuthFailureLimiter : public QObject {
    Q_OBJECT

private slots:
    // Failures at the given times (ms), then the wait asked of the guesser and of another address at
    // `askedAt`.
    void blocksAfterTooManyFailures_data()
    {
        QTest::addColumn<QList<qint64>>("failures");
        QTest::addColumn<qint64>("askedAt");
        QTest::addColumn<qint64>("guesserWaits");

        QTest::addRow("none") << QList<qint64>{} << qint64(0) << qint64(0);
        QTest::addRow("below the limit") << QList<qint64>{0, 10} << qint64(20) << qint64(0);
        QTest::addRow("at the limit") << QList<qint64>{0, 10, 20} << qint64(30) << qint64(60);
        QTest::addRow("rounded up to a second") << QList<qint64>{0, 10, 20} << qint64(59'001) << qint64(1);
        QTest::addRow("window over") << QList<qint64>{0, 10, 20} << qint64(60'000) << qint64(0);
        QTest::addRow("spread over two windows")
            << QList<qint64>{0, 10, 60'000} << qint64(60'010) << qint64(0);
        QTest::addRow("a new window fills again")
            << QList<qint64>{0, 60'000, 60'010, 60'020} << qint64(60'030) << qint64(60);
    }

    void blocksAfterTooManyFailures()
    {
        QFETCH(QList<qint64>, failures);
        QFETCH(qint64, askedAt);
        QFETCH(qint64, guesserWaits);

        AuthFailureLimiter limiter(3, std::chrono::minutes(1));
        for (qint64 at : failures)
            limiter.recordFailure(Guesser, at);
        QCOMPARE(limiter.blockedSeconds(Guesser, askedAt), guesserWaits);
        QCOMPARE(limiter.blockedSeconds(Other, askedAt), 0);
    }

    void zeroTurnsItOff()
    {
        AuthFailureLimiter limiter(0, std::chrono::minutes(1));
        for (int i = 0; i < 100; ++i)
            limiter.recordFailure(Guesser, i);
        QCOMPARE(limiter.blockedSeconds(Guesser, 100), 0);
    }

    void manyAddressesStayBounded()
    {
        AuthFailureLimiter limiter(1, std::chrono::minutes(1), 100);
        for (quint32 i = 0; i < 1000; ++i)
            limiter.recordFailure(QHostAddress(0x0A000000u + i), 0);
        // The newest addresses are still tracked; the oldest were dropped to stay within 100.
        QVERIFY(limiter.blockedSeconds(QHostAddress(0x0A000000u + 999), 1) > 0);
        QCOMPARE(limiter.blockedSeconds(QHostAddress(0x0A000000u), 1), 0);
    }

    // Through the service: after the limit, even a valid token from that address gets 429 with
    // Retry-After, and other addresses are served.
    void serviceAnswers429()
    {
        ScimServiceOptions options;
        options.authFailuresPerMinute = 3;
        ScimFixture fixture(options);
        const auto from = [&](const QHostAddress& peer, const QByteArray& token) {
            HttpRequest request =
                ScimFixture::request("GET", ScimFixture::Base + QStringLiteral("/Users"), {}, {}, token);
            request.peer = peer;
            return fixture.service().handle(request);
        };
        for (int i = 0; i < 3; ++i)
            QCOMPARE(from(Guesser, "wrong-token").status, 401);
        const HttpResponse limited = from(Guesser, ScimFixture::DefaultToken);
        QCOMPARE(limited.status, 429);
        QVERIFY(limited.header("retry-after").toInt() > 0);
        QCOMPARE(ScimFixture::json(limited).value(QStringLiteral("status")).toString(),
                 QStringLiteral("429"));
        QCOMPARE(from(Other, ScimFixture::DefaultToken).status, 200);
        // Requests that authenticate do not count.
        for (int i = 0; i < 5; ++i)
            QCOMPARE(from(Other, ScimFixture::DefaultToken).status, 200);
    }
};

QTEST_GUILESS_MAIN(TestAuthFailureLimiter)
#include "tst_authfailurelimiter.moc"
