/*
 * The dashboard's live status: Server-Sent Events read by the browser's own EventSource, which the session cookie
 * signs in and which reconnects by itself when a stream ends or the connection drops.
 */
import { api, events } from './api.js';
import { renderPush } from './delivery.js';
import { $, rows, tenantPath, trouble, when } from './page.js';

const RETRY_MILLIS = 5000;

/* The stream shown, {source, retry}; events of any other are ignored. */
let stream = null;

export function startStatus() {
    stopStatus();
    const source = events(tenantPath('/status/events'));
    const current = { source, retry: null };
    stream = current;
    $('status-connection').textContent = 'Connecting…';
    $('status-details').textContent = '';
    source.addEventListener('status', (event) => {
        if (stream !== current) {
            return;
        }
        try {
            renderStatus(JSON.parse(event.data));
        } catch (unreadable) {
            $('status-connection').textContent = 'An unreadable status was received.';
        }
    });
    source.addEventListener('error', (event) => {
        if (stream !== current) {
            return;
        }
        if (event instanceof MessageEvent) {
            /* The server's own "error" event: the status cannot be read right now; the stream goes on. */
            $('status-connection').textContent = 'Status unavailable right now: ' + detail(event.data);
        } else if (source.readyState === EventSource.CLOSED) {
            refused(current);
        } else {
            $('status-connection').textContent = 'Status connection lost. Trying again…';
        }
    });
}

export function stopStatus() {
    const stopped = stream;
    stream = null;
    if (stopped) {
        clearTimeout(stopped.retry);
        stopped.source.close();
    }
}

/* EventSource does not say why a stream was refused: the status itself is asked, whose answer does. */
async function refused(current) {
    try {
        await api('GET', tenantPath('/status'));
    } catch (error) {
        if (stream !== current) {
            return;
        }
        if (error.status === 401) {
            trouble(error);
            return;
        }
        if (error.status === 403 || error.status === 404) {
            $('status-connection').textContent = 'Status unavailable: ' + error.message;
            return;
        }
    }
    if (stream === current) {
        $('status-connection').textContent = 'Status connection lost. Trying again in 5 seconds.';
        current.retry = setTimeout(() => {
            if (stream === current) {
                startStatus();
            }
        }, RETRY_MILLIS);
    }
}

function detail(data) {
    try {
        return JSON.parse(data).detail;
    } catch (unreadable) {
        return 'the server log says why';
    }
}

function renderStatus(s) {
    const row = rows($('status-details'));
    const snap = s.snapshot || {};
    let snapText = snap.users + ' users, ' + snap.groups + ' groups';
    if (snap.builtAt) {
        snapText += ', read from Lucca at ' + when(snap.builtAt) + ' (' + snap.ageSeconds + ' s ago'
            + (snap.stale ? ', will be read again' : '') + ')';
    } else {
        snapText += ', not read from Lucca yet';
    }
    row('Snapshot', snapText);
    row('Last Okta request', s.lastOktaRequest
        ? s.lastOktaRequest.kind + ' at ' + when(s.lastOktaRequest.at) : 'none yet');
    if (s.luccaCalls) {
        row('Lucca calls in the last minute', s.luccaCalls.lastMinute + ' of ' + s.luccaCalls.budgetPerMinute
            + (s.luccaCalls.paused ? ' (Lucca keeps failing: calls paused, Okta served from the last snapshot)' : ''));
    }
    row('Last error', s.lastError ? when(s.lastError.at) + ': ' + s.lastError.message : 'none');
    if (s.apiKey && s.apiKey.none) {
        row('Lucca API key', s.apiKey.none);
    } else if (s.apiKey && s.apiKey.unknown) {
        row('Lucca API key', s.apiKey.unknown);
    } else if (s.apiKey) {
        const key = s.apiKey;
        row('Lucca API key', key.name + ' (' + ((key.permissions || []).join(', ') || 'no permission') + ')');
        row('Future employees', key.futureEmployees ? 'imported before their start' : 'not visible to this key');
        row('Changes from Okta', key.reverseSyncEffective ? 'on'
            : key.reverseSyncPossible ? 'possible, switched off in the options'
                : 'not possible, the key lacks: ' + (key.reverseSyncMissing || []).join(', '));
    }
    if (s.lucca) {
        renderLuccaApi(s.lucca, row);
    }
    renderPush(s.push);
    $('status-connection').textContent = 'Live, updated at ' + new Date().toLocaleTimeString();
}

function renderLuccaApi(lucca, row) {
    if (lucca.generation === 'v5') {
        row('Lucca API', 'current API ' + lucca.apiVersion + ', OAuth client ' + lucca.clientId);
        if (lucca.tokenError) {
            row('Lucca token', lucca.tokenError);
        } else {
            row('Scopes granted', (lucca.scopesGranted || []).join(', ') || 'none');
            row('Scopes missing', (lucca.scopesMissing || []).map((m) => m.scope + ' (without it ' + m.withoutIt + ')')
                .join('; ') || 'none');
            row('Token valid until', when(lucca.tokenExpiresAt));
        }
    } else {
        row('Lucca API', 'legacy API (v3), with the API key. ' + (lucca.advice || ''));
    }
    (lucca.notices || []).forEach((n) => {
        row('Lucca notice', n.route + ': deprecated' + (n.deprecation ? ' (' + n.deprecation + ')' : '')
            + (n.sunset ? ', ends ' + n.sunset : ', no end date announced'));
    });
}
