/*
 * The dashboard's Real-time events panel: whether Lucca's webhook events keep Okta's view fresh, the endpoint on
 * Lucca, and the events received per day.
 */
import { api } from './api.js';
import { $, busy, duration, el, loadLatest, notify, rows, state, tenantPath, trouble, when } from './page.js';

/* The events report of the tenant shown, or the answer of a change to it. */
export function loadEvents(change) {
    return loadLatest('eventsLoad', $('events-report'), change || (() => api('GET', tenantPath('/events'))), renderEvents);
}

export function clearEvents() {
    $('events-enabled').checked = false;
    $('events-freshness').textContent = 'Loading…';
    $('events-details').textContent = '';
    $('events-chart').textContent = '';
    $('events-chart-figure').hidden = true;
    $('events-reactivate').disabled = true;
    state.events = null;
}

function renderEvents(report) {
    const endpoint = report.endpoint;
    $('events-enabled').checked = !!report.enabled;
    $('events-freshness').textContent = freshness(report);
    const row = rows($('events-details'));
    if (report.problem) {
        row('Problem', report.problem);
    }
    row('Endpoint on Lucca', endpoint
        ? endpoint.status + ' (checked ' + when(endpoint.checkedAt) + ')' : 'none');
    if (endpoint) {
        row('Webhook URL', endpoint.webhookUrl);
    }
    row('Last event received', report.lastReceivedAt ? when(report.lastReceivedAt) : 'none yet');
    row('Last event applied', report.lastAppliedAt ? when(report.lastAppliedAt) : 'none yet');
    row('Lag', report.lastLagMillis !== undefined ? duration(report.lastLagMillis) + ' from receipt to Okta\'s view'
        : 'not measured yet');
    row('Pending', report.pending + (report.pendingSince ? ', the oldest since ' + when(report.pendingSince) : ''));
    renderEventsChart(report.perDay || []);
    state.events = report;
    $('events-reactivate').disabled = !reactivable(report);
}

/* Re-activation asks Lucca about the endpoint: worth it only with events on and the endpoint not active. */
function reactivable(report) {
    return !!(report && report.enabled && !(report.endpoint && report.endpoint.status === 'active'));
}

function freshness(report) {
    if (report.unavailable) {
        return 'Events unavailable: ' + report.unavailable;
    }
    if (!report.enabled) {
        return 'Off: Okta sees Lucca\'s changes when the connector reads Lucca again.';
    }
    return report.live
        ? 'Live: Lucca\'s events keep Okta\'s view fresh.'
        : 'On, but not live: Okta sees Lucca\'s changes when the connector reads Lucca again.';
}

/* One bar per day, its height relative to the busiest day; each bar says its day and count to screen readers. */
function renderEventsChart(days) {
    const chart = $('events-chart');
    chart.textContent = '';
    const most = Math.max(1, ...days.map((d) => d.events));
    days.forEach((d) => {
        const label = d.day + ': ' + d.events + (d.events === 1 ? ' event' : ' events');
        const item = el('li');
        item.title = label;
        const bar = el('span', null, 'bar');
        bar.style.height = (100 * d.events / most) + '%';
        bar.setAttribute('aria-hidden', 'true');
        const day = el('span', d.day.slice(8), 'bar-day');
        day.setAttribute('aria-hidden', 'true');
        item.append(bar, day, el('span', label, 'visually-hidden'));
        chart.appendChild(item);
    });
    $('events-chart-figure').hidden = days.length === 0;
}

function switchEvents() {
    const box = $('events-enabled');
    const on = box.checked;
    busy(box, async () => {
        try {
            await loadEvents(() => api('PUT', tenantPath('/events'), { enabled: on }));
            notify(on ? 'Events switched on.' : 'Events switched off.');
        } catch (error) {
            box.checked = !on;
            throw error;
        }
    });
}

async function reactivateEvents() {
    await busy($('events-reactivate'), async () => {
        await loadEvents(() => api('POST', tenantPath('/events/reactivation')));
        notify('Endpoint checked on Lucca.');
    });
    $('events-reactivate').disabled = !reactivable(state.events);
}

export function wireEvents() {
    $('events-enabled').addEventListener('change', switchEvents);
    $('events-reactivate').addEventListener('click', reactivateEvents);
    $('events-refresh').addEventListener('click', () => {
        notify('');
        loadEvents().catch(trouble);
    });
}
