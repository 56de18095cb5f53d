/*
 * The integrations: the home list, the setup (steps 1 to 3), and an integration's dashboard with its settings
 * (credentials, options, token, switch and deletion) and its preview of an employee.
 */
import { ApiError, api } from './api.js';
import { $, busy, el, notify, show, state, tenantPath, trouble, when } from './page.js';
import { clearAudit, showAudit } from './audit.js';
import { clearDelivery, loadDelivery, loadPush } from './delivery.js';
import { clearEvents, loadEvents } from './events.js';
import { loadHistory } from './history.js';
import { clearSafeguard, loadSafeguard } from './safeguard.js';
import { startStatus } from './status.js';

const GROUP_LABELS = {
    LUCCA_DEPT: 'Departments',
    LUCCA_ETS: 'Establishments',
    LUCCA_LU: 'Legal units',
    LUCCA_COUNTRY: 'Countries'
};

/* Who a person is, to Lucca and to this page: Okta changes them only when the tenant opts in. */
const IDENTITY_PROPERTIES = ['login', 'mail'];

/* ---------- home: the integrations one may administer ---------- */

export function showHome() {
    show('home');
    loadTenants();
}

/* Nothing of the last account stays on the page. */
export function forgetTenants() {
    state.tenant = null;
    state.audit = null;
    state.tenantsLoad++;
    state.auditLoad++;
    state.eventsLoad++;
    state.safeguardLoad++;
    state.deliveryLoad++;
    state.pushLoad++;
    clearTenants();
    clearAudit();
    clearDelivery();
}

function clearTenants() {
    $('tenant-rows').textContent = '';
    $('tenant-list').removeAttribute('aria-busy');
    $('tenant-list').hidden = true;
    $('tenant-empty').hidden = true;
    $('tenant-loading').hidden = false;
}

/* The list stays as it was while it is read again; only the latest answer is shown. */
async function loadTenants() {
    const load = ++state.tenantsLoad;
    $('tenant-list').setAttribute('aria-busy', 'true');
    try {
        const answer = await api('GET', '');
        if (load === state.tenantsLoad) {
            renderTenants((answer && answer.tenants) || []);
        }
    } catch (error) {
        if (load === state.tenantsLoad) {
            $('tenant-loading').hidden = true;
            trouble(error);
        }
    }
    if (load === state.tenantsLoad) {
        $('tenant-list').removeAttribute('aria-busy');
    }
}

function renderTenants(tenants) {
    const rows = $('tenant-rows');
    rows.textContent = '';
    tenants.slice().sort((a, b) => String(a.name).localeCompare(String(b.name)) || String(a.id).localeCompare(String(b.id)))
        .forEach((t) => {
            const row = el('tr');
            const name = el('th', t.name);
            name.scope = 'row';
            row.appendChild(name);
            const id = el('td');
            id.appendChild(el('code', t.id));
            row.appendChild(id);
            row.appendChild(el('td', t.enabled ? 'Enabled' : 'Disabled'));
            row.appendChild(el('td', t.reverseSync ? 'Switched on' : 'Off'));
            const action = el('td');
            const open = el('button', 'Open');
            open.type = 'button';
            open.dataset.tenantId = t.id;
            open.setAttribute('aria-label', 'Open ' + t.name);
            action.appendChild(open);
            row.appendChild(action);
            rows.appendChild(row);
        });
    $('tenant-loading').hidden = true;
    $('tenant-list').hidden = tenants.length === 0;
    $('tenant-empty').hidden = tenants.length > 0;
    $('tenant-empty').textContent = state.operator
        ? 'There is no integration yet: create the first one below.'
        : 'You may administer no integration yet: your Lucca role needs "Administer OKTA synchronization" '
            + 'on the company\'s Lucca. Ask an operator for the integration id if you have it.';
}

function openListed(event) {
    const button = event.target.closest('button[data-tenant-id]');
    if (button) {
        busy(button, () => openTenant(button.dataset.tenantId));
    }
}

/* ---------- step 1 and 2 ---------- */

function createTenant(event) {
    event.preventDefault();
    const form = {
        name: $('setup-name').value.trim(),
        technicalAdminEmail: $('setup-mail').value.trim(),
        luccaBaseUrl: $('setup-url').value.trim()
    };
    const apiKey = $('setup-key').value.trim();
    const clientId = $('setup-client-id').value.trim();
    const clientSecret = $('setup-client-secret').value.trim();
    if (!form.name || !form.technicalAdminEmail || !form.luccaBaseUrl || (!apiKey && !clientId)) {
        notify('Fill in the company name, the e-mail, the Lucca base URL, and the API key or the OAuth client.', 'error');
        return;
    }
    if (!clientId !== !clientSecret) {
        notify('An OAuth client is its id and its secret: fill in both, or neither.', 'error');
        return;
    }
    if (apiKey) {
        form.luccaApiKey = apiKey;
    }
    if (clientId) {
        form.luccaClientId = clientId;
        form.luccaClientSecret = clientSecret;
    }
    busy($('setup-submit'), async () => {
        const created = await api('POST', '', form);
        $('setup-form').reset();
        setTenant(created);
        $('result-key-name').textContent = created.luccaKeyName || 'none: the OAuth client reads Lucca';
        $('result-key-permissions').textContent = (created.luccaKeyPermissions || []).join(', ') || 'none';
        $('result-scim-url').textContent = created.scimBaseUrl;
        $('result-token').textContent = created.scimToken;
        show('result');
        loadTenants();
        notify('Integration created. Copy the token before leaving this page.');
    });
}

function openById(event) {
    event.preventDefault();
    const id = $('open-id').value.trim();
    if (!id) {
        notify('Enter the integration id.', 'error');
        return;
    }
    busy($('open-submit'), () => openTenant(id));
}

export async function openTenant(id) {
    setTenant(await api('GET', '/' + encodeURIComponent(id)));
    showDashboard();
}

function setTenant(tenant) {
    state.tenant = tenant;
    history.replaceState(null, '', '#tenant=' + encodeURIComponent(tenant.id));
}

/* ---------- step 3 ---------- */

function toSelection(button) {
    busy(button, async () => {
        renderCatalogue(await api('GET', tenantPath('/catalogue')));
        show('selection');
    });
}

function choice(idPrefix, code, label, checked, disabled, hint) {
    const item = el('li');
    const box = document.createElement('input');
    box.type = 'checkbox';
    box.id = idPrefix + code;
    box.value = code;
    box.checked = checked;
    box.disabled = disabled;
    const text = el('label', label);
    text.htmlFor = box.id;
    item.appendChild(box);
    item.appendChild(text);
    if (hint) {
        const note = el('span', hint, 'hint');
        note.id = box.id + '-hint';
        box.setAttribute('aria-describedby', note.id);
        item.appendChild(note);
    }
    return item;
}

function renderCatalogue(catalogue) {
    const properties = $('property-list');
    properties.textContent = '';
    catalogue.properties.forEach((p) => {
        let hint = null;
        if (p.mandatory) {
            hint = p.writableFromOkta ? 'always sent; Okta can change it'
                : IDENTITY_PROPERTIES.includes(p.code)
                    ? 'always sent; Okta cannot change it unless you allow login and e-mail changes in the options'
                    : 'always sent';
        } else if (!p.synchronisable) {
            hint = 'cannot be sent: ' + (p.reason || 'not supported');
        } else if (p.writableFromOkta) {
            hint = 'Okta can change it';
        }
        const item = choice('prop-', p.code, p.label + ' (' + p.code + ')', p.selected || p.mandatory,
            p.mandatory || !p.synchronisable, hint);
        if (p.mandatory) {
            item.querySelector('input').dataset.mandatory = 'true';
        }
        properties.appendChild(item);
    });
    const groups = $('group-type-list');
    groups.textContent = '';
    catalogue.groupTypes.forEach((g) => {
        groups.appendChild(choice('group-', g.type, (GROUP_LABELS[g.type] || g.type) + ' (' + g.type + ')',
            g.enabled, false, null));
    });
}

function checkedValues(listId, withMandatory) {
    return Array.from($(listId).querySelectorAll('input[type=checkbox]'))
        .filter((box) => box.checked && (!box.disabled || (withMandatory && box.dataset.mandatory)))
        .map((box) => box.value);
}

function saveSelection(event) {
    event.preventDefault();
    const body = {
        properties: checkedValues('property-list', true),
        groupTypes: checkedValues('group-type-list', false)
    };
    busy($('selection-save'), async () => {
        state.tenant = await api('PUT', tenantPath('/selection'), body);
        showDashboard();
        notify('Selection saved. Okta receives it at its next import.');
    });
}

/* ---------- dashboard ---------- */

function showDashboard() {
    renderTenant();
    $('rotated').hidden = true;
    $('rotated-token').textContent = '';
    $('preview-result').hidden = true;
    $('preview-note').hidden = true;
    show('dashboard');
    startStatus();
    clearEvents();
    loadEvents().catch(trouble);
    clearSafeguard();
    loadSafeguard().catch(trouble);
    clearDelivery();
    loadDelivery().catch(trouble);
    loadPush().catch(trouble);
    loadHistory().catch(trouble);
    showAudit();
}

function renderTenant() {
    const t = state.tenant;
    $('tenant-name').textContent = t.name;
    $('tenant-id').textContent = t.id;
    $('tenant-scim-url').textContent = t.scimBaseUrl;
    $('tenant-admin').textContent = t.technicalAdminEmail || 'none recorded';
    $('tenant-lucca').textContent = t.luccaBaseUrl;
    $('tenant-lucca-api').textContent = t.luccaApi === 'v5'
        ? 'current API (v5), OAuth client ' + t.luccaClientId
        : 'legacy API (v3), with the API key';
    $('client-remove').hidden = t.luccaApi !== 'v5' || !t.luccaApiKeySet;
    $('key-remove').hidden = !t.luccaApiKeySet || t.luccaApi !== 'v5';
    $('tenant-state').textContent = t.enabled ? 'Enabled: Okta is served' : 'Disabled: Okta is refused';
    $('tenant-properties').textContent = (t.selectedProperties || []).join(', ') || 'mandatory ones only';
    $('tenant-groups').textContent = (t.groupTypes || []).join(', ') || 'none';
    $('disable').hidden = !t.enabled;
    $('enable').hidden = t.enabled;
    $('option-grace').value = t.leaversGraceDays;
    $('option-ttl').value = t.snapshotTtlSeconds;
    $('option-username').value = t.userNameSource || 'LOGIN';
    $('option-reverse-sync').checked = !!t.reverseSync;
    $('option-login-mail').checked = !!t.loginMailWriteBack;
}

/*
 * Changes the tenant (a way to Lucca, its options, its switch), shows it as it now is, then does what follows a
 * success. The body may be a function, called within, so that a wrong field is reported like a refusal.
 */
function changeTenant(button, method, path, body, done, after = () => {}) {
    busy($(button), async () => {
        state.tenant = await api(method, tenantPath(path), typeof body === 'function' ? body() : body);
        renderTenant();
        notify(done);
        after();
    });
}

function saveClient(event) {
    event.preventDefault();
    const body = { clientId: $('client-id').value.trim(), clientSecret: $('client-secret').value.trim() };
    if (!body.clientId || !body.clientSecret) {
        notify('Fill in the client id and the client secret.', 'error');
        return;
    }
    changeTenant('client-save', 'PUT', '/lucca-client', body, 'Lucca is now read through its current API.',
        () => $('client-form').reset());
}

function saveKey(event) {
    event.preventDefault();
    const body = { apiKey: $('key-value').value.trim() };
    if (!body.apiKey) {
        notify('Fill in the API key.', 'error');
        return;
    }
    changeTenant('key-save', 'PUT', '/lucca-key', body, 'API key saved.', () => $('key-form').reset());
}

function preview(event) {
    event.preventDefault();
    const id = $('preview-user').value.trim();
    if (!/^\d+$/.test(id)) {
        notify('Enter a Lucca user id (a number).', 'error');
        return;
    }
    busy($('preview-submit'), async () => {
        $('preview-result').hidden = true;
        $('preview-note').hidden = true;
        const answer = await api('GET', tenantPath('/preview/' + id));
        $('preview-lucca').textContent = JSON.stringify(answer.lucca, null, 2);
        $('preview-scim').textContent = answer.scim ? JSON.stringify(answer.scim, null, 2) : '(nothing sent)';
        $('preview-result').hidden = false;
        if (answer.note) {
            $('preview-note').textContent = answer.note;
            $('preview-note').hidden = false;
        }
    });
}

function wholeNumber(id, label) {
    const text = $(id).value.trim();
    if (!/^\d+$/.test(text)) {
        throw new ApiError(label + ' must be a whole number.', 0);
    }
    return parseInt(text, 10);
}

function saveOptions(event) {
    event.preventDefault();
    changeTenant('options-save', 'PUT', '/options', () => ({
        leaversGraceDays: wholeNumber('option-grace', 'Days a leaver stays listed'),
        snapshotTtlSeconds: wholeNumber('option-ttl', 'Seconds before Lucca is read again'),
        userNameSource: $('option-username').value,
        reverseSync: $('option-reverse-sync').checked,
        loginMailWriteBack: $('option-login-mail').checked
    }), 'Options saved.');
}

function rotate(event) {
    event.preventDefault();
    busy($('rotate-submit'), async () => {
        const grace = wholeNumber('rotate-grace', 'Minutes the current token keeps working');
        const answer = await api('POST', tenantPath('/token'), { graceMinutes: grace });
        const oldTokenUntil = answer.previousTokenValidUntil;
        $('rotated-token').textContent = answer.scimToken;
        $('rotated').hidden = false;
        delete answer.scimToken;
        delete answer.previousTokenValidUntil;
        state.tenant = answer;
        renderTenant();
        notify(grace === 0 ? 'New token created; the previous one no longer works.'
            : 'New token created; the previous one works until ' + when(oldTokenUntil) + '.');
    });
}

function setEnabled(enabled) {
    changeTenant(enabled ? 'enable' : 'disable', 'POST', enabled ? '/enable' : '/disable', undefined,
        enabled ? 'Integration enabled: Okta is served again.' : 'Integration disabled: Okta is refused.',
        () => $(enabled ? 'disable' : 'enable').focus());
}

function remove() {
    const t = state.tenant;
    if (!window.confirm('Delete the integration "' + t.name + '"? Okta will be refused and this cannot be undone.')) {
        return;
    }
    busy($('delete'), async () => {
        await api('DELETE', tenantPath());
        state.tenant = null;
        state.audit = null;
        history.replaceState(null, '', location.pathname);
        showHome();
        notify('Integration "' + t.name + '" deleted.');
    });
}

export function wireTenants() {
    $('setup-form').addEventListener('submit', createTenant);
    $('open-form').addEventListener('submit', openById);
    $('tenant-rows').addEventListener('click', openListed);
    $('to-selection').addEventListener('click', () => toSelection($('to-selection')));
    $('edit-selection').addEventListener('click', () => toSelection($('edit-selection')));
    $('selection-form').addEventListener('submit', saveSelection);
    $('selection-cancel').addEventListener('click', () => showDashboard());
    $('back-home').addEventListener('click', () => {
        state.tenant = null;
        history.replaceState(null, '', location.pathname);
        showHome();
    });
    $('preview-form').addEventListener('submit', preview);
    $('options-form').addEventListener('submit', saveOptions);
    $('rotate-form').addEventListener('submit', rotate);
    $('client-form').addEventListener('submit', saveClient);
    $('client-remove').addEventListener('click', () => changeTenant('client-remove', 'DELETE', '/lucca-client', undefined,
        'Lucca is read with the API key again.'));
    $('key-form').addEventListener('submit', saveKey);
    $('key-remove').addEventListener('click', () => changeTenant('key-remove', 'DELETE', '/lucca-key', undefined,
        'API key removed: the OAuth client alone reaches Lucca.'));
    $('disable').addEventListener('click', () => setEnabled(false));
    $('enable').addEventListener('click', () => setEnabled(true));
    $('delete').addEventListener('click', remove);
}
