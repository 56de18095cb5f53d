/*
 * The dashboard's audit trail of Okta's writes to Lucca: a page at a time, newest first, filtered by outcome or
 * Lucca user id.
 */
import { api } from './api.js';
import { $, el, nothing, notify, state, tenantPath, trouble, value, when } from './page.js';

const AUDIT_PAGE = 50;

/* The audit trail's outcomes: what each means, and how it is coloured (the code is always shown too). */
const OUTCOMES = {
    PENDING: { tone: 'bad', meaning: 'Sent to Lucca, and its end was never recorded: check in Lucca whether it applied' },
    APPLIED: { tone: 'ok', meaning: 'Lucca applied the change' },
    UNCHANGED: { tone: 'neutral', meaning: 'Nothing writable differed from Lucca: Lucca was not called' },
    REFUSED: { tone: 'warn', meaning: 'Refused before Lucca was called: the tenant\'s switch or its Lucca key' },
    INVALID: { tone: 'warn', meaning: 'Okta\'s request was not valid' },
    LUCCA_REJECTED: { tone: 'bad', meaning: 'Lucca refused the change; nothing was applied' },
    LUCCA_FAILED: { tone: 'bad', meaning: 'Lucca failed or did not answer; Okta was told to retry' },
    ERROR: { tone: 'bad', meaning: 'The connector failed; the incident is in its log' },
    SNAPSHOT_HELD: { tone: 'bad', meaning: 'A snapshot that would deactivate too many people was held back' },
    SNAPSHOT_RELEASED: { tone: 'warn', meaning: 'An administrator let the held snapshot\'s deactivations through' },
    SNAPSHOT_DISCARDED: { tone: 'neutral', meaning: 'An administrator discarded the held snapshot' },
    SNAPSHOT_PUBLISHED: { tone: 'ok', meaning: 'A snapshot was published after a hold' }
};

export function clearAudit() {
    $('audit-rows').textContent = '';
    $('audit-results').removeAttribute('aria-busy');
    $('audit-table').hidden = true;
    $('audit-scroll').hidden = true;
    $('audit-empty').hidden = true;
    $('audit-summary').textContent = '';
    $('audit-newer').disabled = true;
    $('audit-older').disabled = true;
}

/* The trail of the tenant shown: from the newest entry, unfiltered, for another tenant; else the page shown before. */
export function showAudit() {
    if (!state.audit || state.audit.tenantId !== state.tenant.id) {
        $('audit-form').reset();
        clearAudit();
        loadAudit(0, { outcome: '', userId: '' });
    } else {
        loadAudit(state.audit.offset, state.audit.filter);
    }
}

function formFilter() {
    return { outcome: $('audit-outcome').value, userId: $('audit-user').value.trim() };
}

function sameFilter(a, b) {
    return a.outcome === b.outcome && a.userId === b.userId;
}

function describeFilter(filter) {
    const parts = [];
    if (filter.outcome) {
        parts.push('outcome ' + filter.outcome);
    }
    if (filter.userId) {
        parts.push('Lucca user ' + filter.userId);
    }
    return parts.join(', ');
}

/*
 * One page of the trail. The page shown stays until the answer comes; an answer for an older request, another
 * tenant or a signed-out session is dropped. Failures go to the notice.
 */
async function loadAudit(offset, filter) {
    const tenantId = state.tenant.id;
    const load = ++state.auditLoad;
    const query = '?offset=' + offset + '&count=' + AUDIT_PAGE
        + (filter.outcome ? '&outcome=' + encodeURIComponent(filter.outcome) : '')
        + (filter.userId ? '&userId=' + encodeURIComponent(filter.userId) : '');
    const current = () => load === state.auditLoad && state.tenant && state.tenant.id === tenantId;
    $('audit-results').setAttribute('aria-busy', 'true');
    $('audit-summary').textContent = 'Loading the audit trail…';
    try {
        const page = await api('GET', tenantPath('/audit') + query);
        if (current()) {
            state.audit = { tenantId, offset, filter, total: page.total, shown: page.entries.length };
            renderAudit(page, offset, filter);
        }
    } catch (error) {
        if (current()) {
            $('audit-summary').textContent = 'The audit trail could not be loaded.';
            trouble(error);
        }
    }
    if (current()) {
        $('audit-results').removeAttribute('aria-busy');
        auditPaging();
    }
}

function renderAudit(page, offset, filter) {
    const rows = $('audit-rows');
    rows.textContent = '';
    page.entries.forEach((entry) => rows.appendChild(auditRow(entry)));
    const some = page.entries.length > 0;
    $('audit-table').hidden = !some;
    $('audit-scroll').hidden = !some;
    $('audit-empty').hidden = some;
    const filtered = describeFilter(filter);
    $('audit-summary').textContent = some
        ? 'Attempts ' + (offset + 1) + '–' + (offset + page.entries.length) + ' of ' + page.total
            + (filtered ? ' (' + filtered + ')' : '') + ', newest first.'
        : '';
    $('audit-empty').textContent = page.total > 0
        ? 'No attempt on this page: see the newer ones.'
        : filtered
            ? 'No write attempt matches this filter (' + filtered + ').'
            : 'No write attempt yet. When Okta sends a change to a person in Lucca it is listed here, '
                + 'applied or not.';
}

function auditRow(entry) {
    const row = el('tr');
    const time = el('th');
    time.scope = 'row';
    const stamp = el('time', when(entry.at));
    stamp.dateTime = entry.at;
    time.appendChild(stamp);
    if (entry.requestId) {
        time.appendChild(el('span', 'request ' + entry.requestId, 'request-id'));
    }
    if (entry.repeats > 1) {
        time.appendChild(el('span', 'repeated ' + entry.repeats + ' times, last ' + when(entry.lastAt), 'request-id'));
    }
    row.appendChild(time);
    row.appendChild(el('td', entry.operation, 'col-operation'));
    row.appendChild(el('td', entry.userId, 'col-user'));
    const outcome = el('td', null, 'col-outcome');
    const known = OUTCOMES[entry.outcome];
    const badge = el('span', entry.outcome, 'outcome outcome-' + (known ? known.tone : 'neutral'));
    if (known) {
        badge.title = known.meaning;
    }
    outcome.appendChild(badge);
    row.appendChild(outcome);
    row.appendChild(lines('col-changes', entry.changes,
        /* The safeguard's rows list people with what would happen to them. */
        (change) => change.reason !== undefined ? value(change.name) + ' (' + change.id + '): ' + change.reason
            : change.attribute + ': ' + value(change.before) + ' → ' + value(change.after),
        (change) => change.field ? 'Lucca field ' + change.field : ''));
    row.appendChild(lines('col-ignored', entry.ignored, (ignored) => ignored.attribute + ' — ' + ignored.reason));
    const status = el('td', null, 'col-status');
    status.appendChild(entry.luccaStatus !== undefined && entry.luccaStatus !== null
        ? document.createTextNode(String(entry.luccaStatus)) : nothing());
    row.appendChild(status);
    const detail = el('td', null, 'col-detail');
    detail.appendChild(entry.detail ? document.createTextNode(entry.detail) : nothing());
    row.appendChild(detail);
    return row;
}

function lines(className, items, text, title) {
    const cell = el('td', null, className);
    if (!items || !items.length) {
        cell.appendChild(nothing());
        return cell;
    }
    const list = el('ul', null, 'lines');
    items.forEach((item) => {
        const line = el('li', text(item));
        const hint = title ? title(item) : '';
        if (hint) {
            line.title = hint;
        }
        list.appendChild(line);
    });
    cell.appendChild(list);
    return cell;
}

/* Newer and Older only where there is something; focus does not fall off a button that became disabled. */
function auditPaging() {
    const audit = state.audit;
    const newer = $('audit-newer');
    const older = $('audit-older');
    const focused = document.activeElement;
    newer.disabled = !audit || audit.offset === 0;
    older.disabled = !audit || audit.offset + audit.shown >= audit.total;
    if (focused === newer && newer.disabled) {
        (older.disabled ? $('audit-refresh') : older).focus();
    } else if (focused === older && older.disabled) {
        (newer.disabled ? $('audit-refresh') : newer).focus();
    }
}

function filterAudit(event) {
    event.preventDefault();
    notify('');
    loadAudit(0, formFilter());
}

/* The filter in the form; the same page when the filter did not change, else the newest entries. */
function refreshAudit() {
    notify('');
    const filter = formFilter();
    const audit = state.audit;
    loadAudit(audit && audit.tenantId === state.tenant.id && sameFilter(audit.filter, filter) ? audit.offset : 0, filter);
}

function pageAudit(step) {
    const audit = state.audit;
    if (audit) {
        notify('');
        loadAudit(Math.max(0, audit.offset + step * AUDIT_PAGE), audit.filter);
    }
}

export function wireAudit() {
    $('audit-form').addEventListener('submit', filterAudit);
    $('audit-refresh').addEventListener('click', refreshAudit);
    $('audit-newer').addEventListener('click', () => pageAudit(-1));
    $('audit-older').addEventListener('click', () => pageAudit(1));
}
