/*
 * The dashboard's last days: a chart of Okta's imports, snapshot publications and Lucca calls, Okta's imports, what
 * each publication changed for Okta (and its CSV), and the manager checks.
 */
import { api, download } from './api.js';
import { $, busy, el, state, tenantPath, value, when } from './page.js';

const SERIES = [
    { key: 'imports', label: 'Okta\'s imports', className: 'series-imports' },
    { key: 'publications', label: 'Snapshot publications', className: 'series-publications' },
    { key: 'luccaCalls', label: 'Lucca calls', className: 'series-lucca' }
];

const CHANGE_KINDS = { ADDED: 'added', CHANGED: 'changed', DEACTIVATED: 'deactivated', REACTIVATED: 'reactivated',
    REMOVED: 'removed', GROUP_ADDED: 'groups added', GROUP_REMOVED: 'groups removed', GROUP_CHANGED: 'groups changed' };

/* The reports of the tenant shown; an answer for another tenant is dropped. */
export async function loadHistory() {
    const tenantId = state.tenant.id;
    const shown = () => state.tenant && state.tenant.id === tenantId;
    $('activity-figure').setAttribute('aria-busy', 'true');
    const [activity, imports, changes] = await Promise.all([api('GET', tenantPath('/activity?days=7')),
        api('GET', tenantPath('/imports?days=7')), api('GET', tenantPath('/changes?days=7&count=10'))]);
    if (!shown()) {
        return;
    }
    renderActivity(activity.perDay);
    renderImports(imports.imports);
    renderChanges(changes.publications);
    $('activity-figure').removeAttribute('aria-busy');
    try {
        const managers = await api('GET', tenantPath('/manager-warnings?limit=50'));
        if (shown()) {
            renderManagers(managers);
        }
    } catch (error) {
        if (shown()) {
            $('managers-summary').textContent = 'Not checked yet: ' + (error.message || 'no snapshot of Lucca yet');
            $('managers-list').textContent = '';
        }
    }
}

/* An inline SVG: for each day a group of bars, each series scaled to its own busiest day. */
function renderActivity(days) {
    const svgNs = 'http://www.w3.org/2000/svg';
    const chart = $('activity-chart');
    chart.textContent = '';
    const series = SERIES.filter((s) => days.some((d) => d[s.key] !== undefined));
    const width = 700, height = 150, groupWidth = width / Math.max(1, days.length), barWidth = groupWidth / (series.length + 1);
    const most = {};
    series.forEach((s) => { most[s.key] = Math.max(1, ...days.map((d) => d[s.key] || 0)); });
    days.forEach((d, index) => {
        series.forEach((s, position) => {
            const count = d[s.key] || 0;
            const barHeight = Math.round(height * count / most[s.key]);
            const bar = document.createElementNS(svgNs, 'rect');
            bar.setAttribute('x', String(index * groupWidth + (position + 0.5) * barWidth));
            bar.setAttribute('y', String(height - barHeight));
            bar.setAttribute('width', String(barWidth * 0.9));
            bar.setAttribute('height', String(barHeight));
            bar.setAttribute('class', s.className);
            const title = document.createElementNS(svgNs, 'title');
            title.textContent = d.day + ': ' + count + ' ' + s.label.toLowerCase();
            bar.appendChild(title);
            chart.appendChild(bar);
        });
        const label = document.createElementNS(svgNs, 'text');
        label.setAttribute('x', String(index * groupWidth + groupWidth / 2));
        label.setAttribute('y', String(height + 20));
        label.setAttribute('text-anchor', 'middle');
        label.textContent = d.day.slice(5);
        chart.appendChild(label);
    });
    const legend = $('activity-legend');
    legend.textContent = '';
    series.forEach((s) => legend.appendChild(el('li', s.label + ' (busiest day: ' + most[s.key] + ')', s.className)));
    const head = $('activity-head');
    head.textContent = '';
    head.appendChild(el('th', 'Day'));
    series.forEach((s) => head.appendChild(el('th', s.label)));
    const rows = $('activity-rows');
    rows.textContent = '';
    days.forEach((d) => {
        const row = el('tr');
        row.appendChild(el('th', d.day));
        series.forEach((s) => row.appendChild(el('td', String(d[s.key] || 0))));
        rows.appendChild(row);
    });
}

function renderImports(imports) {
    const rows = $('imports-rows');
    rows.textContent = '';
    imports.slice(0, 20).forEach((i) => {
        const row = el('tr');
        [when(i.startedAt), i.collection, i.token + ' (' + i.tokenStatus + ')', i.status, String(i.pages),
            i.resources + (i.totalResults !== undefined ? ' of ' + i.totalResults : ''), String(i.errorPages),
            when(i.snapshotBuiltAt)].forEach((text) => row.appendChild(el('td', text)));
        rows.appendChild(row);
    });
    $('imports-table').hidden = imports.length === 0;
    $('imports-empty').hidden = imports.length > 0;
}

/* Each publication with what it changed, its first changes below it. */
function renderChanges(publications) {
    const list = $('changes-list');
    list.textContent = '';
    publications.forEach((p) => {
        const counts = Object.keys(CHANGE_KINDS).filter((kind) => p.counts[kind] > 0)
            .map((kind) => p.counts[kind] + ' ' + CHANGE_KINDS[kind]);
        const item = el('li', when(p.publishedAt) + ' (' + p.source.toLowerCase().replace('_', ' ') + '): '
            + (p.firstSnapshot ? 'first snapshot, ' + p.people + ' people' : counts.join(', ')));
        const details = el('ul');
        p.changes.slice(0, 5).forEach((c) => details.appendChild(el('li', c.kind.toLowerCase() + ' ' + value(c.name)
            + ' (' + c.id + ')' + (c.attributes && c.attributes.length ? ': ' + c.attributes.join(', ') : ''))));
        item.appendChild(details);
        list.appendChild(item);
    });
    $('changes-empty').hidden = publications.length > 0;
}

/* The CSV is fetched here, so that a refusal shows in the notice, and handed to the browser as a file. */
async function downloadChanges() {
    await busy($('changes-csv'), async () => {
        const link = el('a');
        link.href = URL.createObjectURL(await download(tenantPath('/changes.csv?days=7'), 'text/csv'));
        link.download = 'changes-' + state.tenant.id + '.csv';
        link.click();
        URL.revokeObjectURL(link.href);
    });
}

function renderManagers(report) {
    $('managers-summary').textContent = report.total === 0
        ? 'Every manager sent to Okta is listed and active, and no chain of managers goes round.'
        : report.total + ' people have a manager Okta cannot use: ' + report.counts.MANAGER_NOT_LISTED + ' not listed, '
            + report.counts.MANAGER_INACTIVE + ' inactive, ' + report.counts.MANAGER_CYCLE + ' in a cycle.';
    const list = $('managers-list');
    list.textContent = '';
    report.warnings.forEach((w) => list.appendChild(el('li', value(w.person.displayName) + ' (' + w.person.id + '): '
        + w.detail + ' Okta receives ' + (w.oktaReceives ? 'manager ' + w.oktaReceives.value : 'no manager') + '.')));
}

export function wireHistory() {
    $('changes-csv').addEventListener('click', downloadChanges);
}
