/*
 * The dashboard's Safe imports panel: the snapshot safeguard (a held snapshot, its cause, release or discard, the
 * threshold) and the dry run of what Okta would see now.
 */
import { api } from './api.js';
import { $, busy, el, loadLatest, notify, rows, state, tenantPath, trouble, value, when } from './page.js';

/* The safeguard's report of the tenant shown, or the answer of a change to it. */
export function loadSafeguard(change) {
    return loadLatest('safeguardLoad', $('safeguard-report'), change || (() => api('GET', tenantPath('/safeguard'))),
        renderSafeguard);
}

export function clearSafeguard() {
    $('safeguard-state').textContent = 'Loading…';
    $('safeguard-details').textContent = '';
    $('safeguard-sample').textContent = '';
    state.safeguard = null;
    safeguardButtons();
    $('dry-run-result').hidden = true;
    $('dry-run-people').textContent = '';
}

function renderSafeguard(report) {
    const held = report.held;
    $('safeguard-percent').value = report.threshold.percent;
    $('safeguard-minimum').value = report.threshold.minimum;
    $('safeguard-state').textContent = held
        ? 'Held since ' + when(held.heldAt) + ': ' + held.affected + ' of the ' + held.activeBefore
            + ' people active in Okta\'s last import would be deactivated. Okta keeps getting the previous people.'
        : 'Nothing held: each snapshot read from Lucca is checked before Okta gets it.';
    $('safeguard-state').className = held ? 'outcome-bad' : '';
    const row = rows($('safeguard-details'));
    row('Okta\'s last import', report.lastImport
        ? report.lastImport.people + ' people (' + report.lastImport.active + ' active), started ' + when(report.lastImport.recordedAt)
        : 'none yet: the first snapshot is published unchecked');
    if (held) {
        row('Made inactive', String(held.deactivated));
        row('No longer returned by Lucca', String(held.vanished));
        row('Likely cause', held.likelyCause);
        if (held.released) {
            row('Released', 'by ' + held.released.by + ' ' + when(held.released.at) + ', for up to ' + held.released.allowed
                + ' people; waiting for the next read of Lucca');
        }
    }
    renderPeople($('safeguard-sample'), held ? held.sample : []);
    state.safeguard = report;
    safeguardButtons();
}

/* Release once per hold; discard while something is held. */
function safeguardButtons() {
    const held = state.safeguard && state.safeguard.held;
    $('safeguard-release').disabled = !held || !!held.released;
    $('safeguard-discard').disabled = !held;
}

function renderPeople(list, people) {
    list.textContent = '';
    people.forEach((person) => list.appendChild(el('li', value(person.name) + ' (' + person.id + ')'
        + (person.establishment ? ', ' + person.establishment : '') + ': ' + person.reason)));
}

function saveThreshold(event) {
    event.preventDefault();
    const percent = Number($('safeguard-percent').value);
    const minimum = Number($('safeguard-minimum').value);
    busy($('safeguard-save'), async () => {
        await loadSafeguard(() => api('PUT', tenantPath('/safeguard'), { percent, minimum }));
        notify('Threshold saved.');
    });
}

async function safeguardAction(button, method, path, done) {
    await busy(button, async () => {
        await loadSafeguard(() => api(method, tenantPath(path)));
        notify(done);
    });
    safeguardButtons();
}

/* A dry run reads Lucca in full; a large tenant answers 202 while it reads, so the page asks again. */
async function dryRun() {
    await busy($('dry-run'), async () => {
        const tenantId = state.tenant.id;
        $('dry-run-summary').textContent = 'Reading Lucca…';
        $('dry-run-result').hidden = false;
        $('dry-run-people').textContent = '';
        let answer = await api('GET', tenantPath('/safeguard/dry-run'));
        while (answer.state === 'reading' && state.tenant && state.tenant.id === tenantId) {
            answer = await api('GET', tenantPath('/safeguard/dry-run'));
        }
        if (!state.tenant || state.tenant.id !== tenantId) {
            return;
        }
        $('dry-run-summary').textContent = dryRunSummary(answer);
        renderPeople($('dry-run-people'), answer.changes || []);
    });
}

function dryRunSummary(answer) {
    if (!answer.lastImport) {
        return 'Okta has not imported yet: it would receive ' + answer.people + ' people, all new.';
    }
    return 'If Okta imported now (Lucca read ' + when(answer.readAt) + '): ' + answer.deactivated + ' made inactive, '
        + answer.vanished + ' no longer returned, ' + answer.reactivated + ' reactivated, ' + answer.added + ' new. '
        + (answer.wouldBeHeld ? 'Over the threshold: the safeguard would hold this snapshot.'
            : 'Under the threshold: it would be published.');
}

export function wireSafeguard() {
    $('safeguard-form').addEventListener('submit', saveThreshold);
    $('safeguard-release').addEventListener('click', () => safeguardAction($('safeguard-release'), 'POST',
        '/safeguard/release', 'Released: the snapshot is published at the next read of Lucca, starting now.'));
    $('safeguard-discard').addEventListener('click', () => safeguardAction($('safeguard-discard'), 'DELETE',
        '/safeguard/held', 'Discarded: Okta keeps the previous people.'));
    $('safeguard-recheck').addEventListener('click', () => safeguardAction($('safeguard-recheck'), 'POST',
        '/safeguard/recheck', 'Lucca is being read again; refresh in a moment.'));
    $('safeguard-refresh').addEventListener('click', () => {
        notify('');
        loadSafeguard().catch(trouble);
    });
    $('dry-run').addEventListener('click', dryRun);
}
