/*
 * The page itself: what it holds (signed-in account, tenant shown), its sections and notice, and small DOM helpers.
 */

/* What the page holds; counters make an answer arriving after a newer request (or a sign-out) be ignored. */
export const state = {
    mail: null,
    operator: false,
    tenant: null,
    tenantsLoad: 0,
    auditLoad: 0,
    eventsLoad: 0,
    safeguardLoad: 0,
    deliveryLoad: 0,
    pushLoad: 0,
    /* The last safeguard report shown. */
    safeguard: null,
    /* The last events report shown. */
    events: null,
    /* The delivery settings shown. */
    delivery: null,
    /* The audit page shown: its tenant, offset, filter and size. */
    audit: null
};

const SECTIONS = ['signin', 'home', 'result', 'selection', 'dashboard'];

export function $(id) {
    return document.getElementById(id);
}

export function el(tag, text, className) {
    const node = document.createElement(tag);
    if (text !== undefined && text !== null) {
        node.textContent = text;
    }
    if (className) {
        node.className = className;
    }
    return node;
}

/* The API path of the tenant shown, with what follows it. */
export function tenantPath(suffix = '') {
    return '/' + encodeURIComponent(state.tenant.id) + suffix;
}

/*
 * Asks for a report of the tenant shown and renders it, unless the page moved on meanwhile (another tenant, or a
 * newer request for the same report, counted in state[counter]); the panel is busy while it waits. A failure is
 * thrown only while it still matters.
 */
export async function loadLatest(counter, panel, request, render) {
    const tenantId = state.tenant.id;
    const load = ++state[counter];
    panel.setAttribute('aria-busy', 'true');
    const current = () => load === state[counter] && state.tenant && state.tenant.id === tenantId;
    try {
        const report = await request();
        if (current()) {
            render(report);
        }
    } catch (error) {
        if (current()) {
            throw error;
        }
    } finally {
        if (load === state[counter]) {
            panel.removeAttribute('aria-busy');
        }
    }
}

/* ---------- messages ---------- */

export function notify(text, kind) {
    const notice = $('notice');
    notice.textContent = '';
    if (text) {
        notice.appendChild(el('p', text, kind === 'error' ? 'error' : 'info'));
    }
}

function fail(error) {
    notify(error && error.message ? error.message : String(error), 'error');
}

let sessionEnded = () => {};

/* What to do when the API says the session has ended: back to sign-in. */
export function whenSessionEnds(handler) {
    sessionEnded = handler;
}

/* An error goes to the notice; a 401 (the session ended, the account went) back to sign-in first. */
export function trouble(error) {
    if (error && error.status === 401 && state.mail) {
        sessionEnded();
    }
    fail(error);
}

/* Runs an action while its button is disabled; errors go to the notice, a 401 back to sign-in. */
export async function busy(button, action) {
    button.disabled = true;
    notify('');
    try {
        await action();
    } catch (error) {
        trouble(error);
    } finally {
        button.disabled = false;
    }
}

/* ---------- navigation ---------- */

const shownListeners = [];

/* Called with the name of each section shown. */
export function whenShown(listener) {
    shownListeners.push(listener);
}

export function show(name) {
    SECTIONS.forEach((section) => {
        $(section).hidden = section !== name;
    });
    shownListeners.forEach((listener) => listener(name));
    const heading = $(name).querySelector('h2');
    if (heading) {
        heading.setAttribute('tabindex', '-1');
        heading.focus();
    }
}

/* ---------- what is shown ---------- */

export function when(iso) {
    if (!iso) {
        return '';
    }
    const date = new Date(iso);
    return isNaN(date.getTime()) ? iso : date.toLocaleString();
}

/* A lag or a wait, in the unit that reads best. */
export function duration(millis) {
    if (millis < 1000) {
        return millis + ' ms';
    }
    const seconds = millis / 1000;
    return seconds < 120 ? seconds.toFixed(1) + ' s' : Math.round(seconds / 60) + ' min';
}

export function value(v) {
    return v === null || v === undefined || v === '' ? '(empty)' : String(v);
}

/* A dash on screen, "none" for screen readers. */
export function nothing() {
    const none = document.createDocumentFragment();
    const dash = el('span', '—');
    dash.setAttribute('aria-hidden', 'true');
    none.appendChild(dash);
    none.appendChild(el('span', 'none', 'visually-hidden'));
    return none;
}

/* A definition list's rows, added one by one. */
export function rows(list) {
    list.textContent = '';
    return (term, text) => {
        list.appendChild(el('dt', term));
        list.appendChild(el('dd', text));
    };
}

