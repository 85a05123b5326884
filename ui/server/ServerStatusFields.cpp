#include "server/ServerStatusFields.h"

#include "http/HttpTransport.h"
#include "runtime/ServerInstance.h"
#include "server/EmbeddedServer.h"

#include <QLabel>
#include <QLocale>
#include <QTimer>
#include <QUrl>

namespace muster {

ServerStatusFields::ServerStatusFields(EmbeddedServer* server, QWidget* parent)
    : QObject(parent)
    , m_server(server)
    , m_state(new QLabel(parent))
    , m_rate(new QLabel(parent))
    , m_url(new QLabel(parent))
    , m_timer(new QTimer(this))
{
    m_state->setAccessibleName(tr("Server state"));
    m_rate->setAccessibleName(tr("Requests per second"));
    m_rate->setToolTip(tr("Requests per second answered by the server"));
    m_url->setAccessibleName(tr("Server base URL"));
    m_url->setToolTip(tr("The base URL to give identity providers (Ctrl+Shift+C copies it)"));
    m_url->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_timer->setInterval(1000);
    connect(m_timer, &QTimer::timeout, this, &ServerStatusFields::updateRate);
    connect(m_server, &EmbeddedServer::started, this, &ServerStatusFields::updateState);
    connect(m_server, &EmbeddedServer::stopped, this, &ServerStatusFields::updateState);
    updateState();
}

void ServerStatusFields::updateState()
{
    const bool running = m_server->isRunning();
    m_state->setText(running ? tr("Server listening on %1").arg(QUrl(m_server->baseUrl()).authority())
                             : tr("Server stopped"));
    m_url->setText(m_server->baseUrl());
    m_url->setVisible(running);
    m_rate->setVisible(running);
    if (running) {
        m_meter.reset(m_server->instance()->transport().metrics());
        m_rate->setText(tr("%1 req/s").arg(0));
        m_timer->start();
    } else {
        m_timer->stop();
    }
}

void ServerStatusFields::updateRate()
{
    if (!m_server->isRunning())
        return;
    const double rate = m_meter.sample(m_server->instance()->transport().metrics());
    m_rate->setText(tr("%1 req/s").arg(QLocale().toString(rate, 'f', rate < 10 ? 1 : 0)));
}

} // namespace muster
