/*
 * The dashboard's Delivery to Okta panel: whether Okta pulls over SCIM or the connector pushes to an Okta Custom
 * Identity Source, the form that chooses (secrets are sent, never shown back), the check with Okta, and for a tenant
 * that pushes, where the push stands: who waits, the latest import session, the lags and a chart of the last 7 days.
 */
import { api } from './api.js';
import { $, busy, duration, el, loadLatest, notify, rows, state, tenantPath, when } from './page.js';

const API_TOKEN = 'API_TOKEN';
const SERVICE_APP = 'SERVICE_APP';
const HOUR_MILLIS = 3600 * 1000;
const HOURS = 7 * 24;
const SVG = 'http://www.w3.org/2000/svg';
const PURPOSES = { INITIAL_LOAD: 'initial load', RECONCILIATION: 'reconciliation', CHANGES: 'changes' };

/* The delivery settings of the tenant shown, or the answer of a change to them. */
export function loadDelivery(change) {
    return loadLatest('deliveryLoad', $('delivery-report'), change || (() => api('GET', tenantPath('/delivery'))),
        renderDelivery);
}

export function clearDelivery() {
    $('delivery-form').reset();
    $('delivery-mode').textContent = 'Loading…';
    $('delivery-details').textContent = '';
    $('delivery-checked').hidden = true;
    state.delivery = null;
    clearPush();
}

function renderDelivery(settings) {
    const pushing = settings.mode === 'OKTA_PUSH';
    const credentials = settings.credentials;
    $('delivery-mode').textContent = pushing
        ? 'Pushed: the connector sends each change to Okta\'s identity source.'
        : 'Pulled: Okta reads the people over SCIM at its imports.';
    const row = rows($('delivery-details'));
    row('Okta org URL', settings.oktaOrgUrl || 'none set');
    row('Identity source', settings.sourceId || 'none set');
    row('Credentials', describe(credentials));
    $('delivery-form').reset();
    $(pushing ? 'delivery-push' : 'delivery-pull').checked = true;
    $('delivery-org').value = settings.oktaOrgUrl || '';
    $('delivery-source').value = settings.sourceId || '';
    const type = credentials ? credentials.type : SERVICE_APP;
    $(type === API_TOKEN ? 'delivery-with-token' : 'delivery-with-app').checked = true;
    $('delivery-client').value = (credentials && credentials.clientId) || '';
    $('delivery-token-stored').textContent = credentials && credentials.apiTokenStored
        ? 'A token is stored: leave empty to keep it.' : '';
    $('delivery-key-stored').textContent = credentials && credentials.privateKeyStored
        ? 'A key is stored: leave empty to keep it.' : '';
    state.delivery = settings;
    credentialFields();
    if (!pushing) {
        clearPush();
    }
}

/* Whether a secret is stored, never the secret. */
function describe(credentials) {
    if (!credentials) {
        return 'none stored';
    }
    if (credentials.type === API_TOKEN) {
        return 'API token' + (credentials.apiTokenStored ? ' (stored)' : ' (none stored)');
    }
    return 'service app ' + credentials.clientId + ', private key '
        + (credentials.privateKeyStored ? 'stored' : 'not stored');
}

/* Only the fields of the kind of credentials chosen. */
function credentialFields() {
    const token = $('delivery-with-token').checked;
    $('delivery-token-field').hidden = !token;
    $('delivery-client-field').hidden = token;
    $('delivery-key-field').hidden = token;
}

/* SCIM pull sends the mode alone (Okta's settings are kept); a secret left empty keeps the stored one. */
function deliveryForm() {
    if ($('delivery-pull').checked) {
        return { mode: 'SCIM_PULL' };
    }
    const form = {
        mode: 'OKTA_PUSH',
        oktaOrgUrl: $('delivery-org').value.trim(),
        sourceId: $('delivery-source').value.trim()
    };
    const secret = (id) => $(id).value.trim() || undefined;
    form.credentials = $('delivery-with-token').checked
        ? { type: API_TOKEN, apiToken: secret('delivery-token') }
        : { type: SERVICE_APP, clientId: $('delivery-client').value.trim(), privateKeyJwk: secret('delivery-key') };
    return form;
}

function saveDelivery(event) {
    event.preventDefault();
    if (!$('delivery-pull').checked && !$('delivery-push').checked) {
        notify('Choose how Okta gets the people.', 'error');
        return;
    }
    const form = deliveryForm();
    busy($('delivery-save'), async () => {
        await loadDelivery(() => api('PUT', tenantPath('/delivery'), form));
        $('delivery-checked').hidden = true;
        if (form.mode === 'OKTA_PUSH') {
            await loadPush();
        }
        notify(form.mode === 'OKTA_PUSH' ? 'Saved: the connector pushes to Okta, starting with everyone.'
            : 'Saved: Okta pulls over SCIM.');
    });
}

function checkDelivery() {
    busy($('delivery-check'), async () => {
        const tenantId = state.tenant.id;
        const answer = await api('POST', tenantPath('/delivery/check'));
        if (state.tenant && state.tenant.id === tenantId) {
            renderCheck(answer);
            notify('Okta answered: see below.');
        }
    });
}

function renderCheck(check) {
    const row = rows($('delivery-checked-details'));
    row('Identity Source Apps', check.identitySourceApps);
    row('Per-user calls', check.individualOperations);
    row('Credentials', check.credentials);
    const messages = $('delivery-checked-messages');
    messages.textContent = '';
    (check.messages || []).forEach((m) => messages.appendChild(el('li', m)));
    if (!messages.childElementCount) {
        messages.appendChild(el('li', 'Okta accepted the settings.'));
    }
    const steps = $('delivery-configure');
    steps.textContent = '';
    (check.configureInOkta || []).forEach((step) => steps.appendChild(el('li', step)));
    $('delivery-checked').hidden = false;
}

/* ---------- the push's status ---------- */

/* The push's status drawn last, with its hour. */
let shownPush = null;

/* The push's status of the tenant shown, or the answer of an action on it. */
export function loadPush(action) {
    return loadLatest('pushLoad', $('push'), action || (() => api('GET', tenantPath('/push/status'))), renderPush);
}

function clearPush() {
    shownPush = null;
    $('push').hidden = true;
    $('push-state').textContent = '';
    $('push-details').textContent = '';
    $('push-chart').textContent = '';
    $('push-legend').textContent = '';
    $('push-summary').textContent = '';
    $('push-rows').textContent = '';
}

/*
 * The push's status as the status stream or the API gave it: absent or SCIM_PULL when the tenant does not push. The
 * stream repeats it every few seconds: drawn again only when it or the hour changed, so that what one reads or points
 * at stays put.
 */
export function renderPush(push) {
    if (!push || push.mode !== 'OKTA_PUSH') {
        clearPush();
        return;
    }
    const drawn = Math.floor(Date.now() / HOUR_MILLIS) + JSON.stringify(push);
    if (drawn === shownPush) {
        return;
    }
    shownPush = drawn;
    $('push-state').textContent = push.waiting > 0
        ? people(push.waiting) + (push.waiting === 1 ? ' waits' : ' wait') + ' to be sent to Okta'
            + (push.oldestChange ? ', the earliest change at ' + when(push.oldestChange) + '.' : '.')
        : 'Nobody waits: Okta has every change the connector has seen.';
    const row = rows($('push-details'));
    row('How changes go', push.perUserEndpoints
        ? 'per-user calls for a few people, import sessions for many'
        : 'import sessions only (Okta\'s per-user calls are not available)');
    row('Latest import session', session(push.lastSession));
    if (push.lastSession && push.lastSession.error) {
        row('Session error', push.lastSession.error);
    }
    row('Lag, last 24 hours', push.lag
        ? people(push.lag.deliveries) + ' delivered; median ' + duration(push.lag.p50Millis) + ', 99th percentile '
            + duration(push.lag.p99Millis) + ', longest ' + duration(push.lag.maxMillis)
        : 'nothing delivered in the last 24 hours');
    renderPushChart(push.lastSevenDays || []);
    $('push').hidden = false;
}

function session(s) {
    if (!s) {
        return 'none yet';
    }
    return (PURPOSES[s.purpose] || s.purpose) + ', ' + s.status + ': ' + s.usersUpserted + ' sent, '
        + s.usersDeleted + ' deleted in ' + s.requests + (s.requests === 1 ? ' request' : ' requests')
        + '; opened ' + when(s.createdAt) + ', last changed ' + when(s.updatedAt);
}

function people(count) {
    return count + (count === 1 ? ' person' : ' people');
}

function svg(tag, attributes, title) {
    const node = document.createElementNS(SVG, tag);
    Object.entries(attributes).forEach(([name, v]) => node.setAttribute(name, String(v)));
    if (title) {
        node.appendChild(document.createElementNS(SVG, 'title')).textContent = title;
    }
    return node;
}

/* An hour (its first millisecond), as "YYYY-MM-DD HH:00" in UTC. */
function hourLabel(millis) {
    return new Date(millis).toISOString().slice(0, 13).replace('T', ' ') + ':00';
}

/*
 * One bar per hour of the last 7 days up to the current one, its height the people delivered (relative to the
 * busiest hour); over it, the median lag of the hours with deliveries as a line (relative to the slowest).
 */
function renderPushChart(hours) {
    const chart = $('push-chart');
    chart.textContent = '';
    // The view box is wider than the bars, for the last day's label.
    const width = 700, height = 150, slot = width / HOURS;
    const first = Math.floor(Date.now() / HOUR_MILLIS) * HOUR_MILLIS - (HOURS - 1) * HOUR_MILLIS;
    const delivered = new Map();
    hours.forEach((h) => {
        const index = Math.round((Date.parse(h.hour) - first) / HOUR_MILLIS);
        if (index >= 0 && index < HOURS) {
            delivered.set(index, h);
        }
    });
    const shown = Array.from(delivered.entries()).sort((a, b) => a[0] - b[0]);
    const most = Math.max(1, ...shown.map(([, h]) => h.deliveries));
    const slowest = Math.max(1, ...shown.map(([, h]) => h.p50Millis));
    for (let index = 0; index < HOURS; index++) {
        const h = delivered.get(index);
        const count = h ? h.deliveries : 0;
        const barHeight = Math.round(height * count / most);
        chart.appendChild(svg('rect', { x: index * slot + slot * 0.1, y: height - barHeight, width: slot * 0.8,
            height: barHeight, class: 'push-deliveries' }, hourLabel(first + index * HOUR_MILLIS) + ': '
            + people(count) + ' delivered'));
        const at = first + index * HOUR_MILLIS;
        if (at % (24 * HOUR_MILLIS) === 0) {
            chart.appendChild(svg('line', { x1: index * slot, x2: index * slot, y1: 0, y2: height, class: 'push-day' }));
            const label = svg('text', { x: index * slot + 2, y: height + 20 });
            label.textContent = new Date(at).toISOString().slice(5, 10);
            chart.appendChild(label);
        }
    }
    const points = shown.map(([index, h]) => [index * slot + slot / 2, height - height * h.p50Millis / slowest]);
    chart.appendChild(svg('polyline', { points: points.map((p) => p.join(',')).join(' '), class: 'push-p50' }));
    shown.forEach(([index, h], i) => chart.appendChild(svg('circle', { cx: points[i][0], cy: points[i][1], r: 2.5,
        class: 'push-p50' }, hourLabel(first + index * HOUR_MILLIS) + ': median lag ' + duration(h.p50Millis))));
    const legend = $('push-legend');
    legend.textContent = '';
    legend.appendChild(el('li', 'People delivered per hour (busiest hour: ' + (shown.length ? most : 0) + ')',
        'series-push-deliveries'));
    legend.appendChild(el('li', 'Median lag (slowest hour: ' + (shown.length ? duration(slowest) : 'none') + ')',
        'series-push-p50'));
    renderPushSummary(shown, first);
}

/* What the chart shows, in words and as a table, for those who cannot see it. */
function renderPushSummary(shown, first) {
    const total = shown.reduce((sum, [, h]) => sum + h.deliveries, 0);
    if (!shown.length) {
        $('push-summary').textContent = 'Nothing delivered to Okta in the last 7 days.';
    } else {
        const [busiestIndex, busiest] = shown.reduce((a, b) => (b[1].deliveries > a[1].deliveries ? b : a));
        const medians = shown.map(([, h]) => h.p50Millis);
        $('push-summary').textContent = people(total) + ' delivered to Okta in ' + shown.length
            + (shown.length === 1 ? ' hour' : ' hours') + ' of the last 7 days, the most (' + busiest.deliveries
            + ') in the hour from ' + hourLabel(first + busiestIndex * HOUR_MILLIS) + ' UTC. Median lag per hour from '
            + duration(Math.min(...medians)) + ' to ' + duration(Math.max(...medians)) + '.';
    }
    const body = $('push-rows');
    body.textContent = '';
    shown.forEach(([index, h]) => {
        const row = el('tr');
        row.appendChild(el('th', hourLabel(first + index * HOUR_MILLIS)));
        [String(h.deliveries), duration(h.p50Millis), duration(h.maxMillis)].forEach((t) => row.appendChild(el('td', t)));
        body.appendChild(row);
    });
}

async function reconcile() {
    await busy($('push-reconcile'), async () => {
        await loadPush(() => api('POST', tenantPath('/push/reconcile')));
        notify('Reconciliation asked: everyone is compared with what Okta was last sent, within seconds.');
    });
}

export function wireDelivery() {
    $('delivery-form').addEventListener('submit', saveDelivery);
    $('delivery-with-token').addEventListener('change', credentialFields);
    $('delivery-with-app').addEventListener('change', credentialFields);
    $('delivery-check').addEventListener('click', checkDelivery);
    $('push-reconcile').addEventListener('click', reconcile);
}
