/*
 * Lucca for Okta — administration page. Plain JavaScript modules, no dependencies. Signing in opens a session on
 * the server, carried by a cookie the page cannot read; the password is sent once and not kept.
 */
import { signIn, signOut, signedIn } from './api.js';
import { $, busy, notify, show, state, trouble, whenSessionEnds, whenShown } from './page.js';
import { wireAudit } from './audit.js';
import { wireDelivery } from './delivery.js';
import { wireEvents } from './events.js';
import { wireHistory } from './history.js';
import { wireSafeguard } from './safeguard.js';
import { stopStatus } from './status.js';
import { forgetTenants, openTenant, showHome, wireTenants } from './tenants.js';

/* ---------- sign-in and sign-out ---------- */

function submitSignIn(event) {
    event.preventDefault();
    const mail = $('signin-mail').value.trim();
    const password = $('signin-password');
    if (!mail || !password.value) {
        notify('Enter your e-mail and password.', 'error');
        return;
    }
    busy($('signin-submit'), async () => {
        const me = await signIn(mail, password.value);
        password.value = '';
        await enter(me);
    });
}

/* Signed in (now, or by the session the browser kept): the integration the address names, or the home list. */
async function enter(me) {
    state.mail = me.mail;
    state.operator = !!me.operator;
    $('who-mail').textContent = me.mail;
    $('who').hidden = false;
    const wanted = decodeURIComponent((location.hash.match(/^#tenant=(.+)$/) || [])[1] || '');
    if (!wanted) {
        showHome();
        return;
    }
    try {
        await openTenant(wanted);
    } catch (error) {
        showHome();
        throw error;
    }
}

/* Back to the sign-in form, nothing of the account left on the page. */
function leave() {
    stopStatus();
    state.mail = null;
    state.operator = false;
    forgetTenants();
    $('who').hidden = true;
    $('signin-password').value = '';
    show('signin');
}

/* The page leaves even when the server could not be told: the notice then says why. */
function submitSignOut() {
    busy($('sign-out'), async () => {
        stopStatus();
        try {
            await signOut();
        } finally {
            leave();
        }
    });
}

/* A session the browser kept (a reload, another tab) signs the page in without asking for the password. */
async function resume() {
    const me = await signedIn();
    if (me && !state.mail) {
        await enter(me);
    }
}

/* ---------- copy buttons ---------- */

function copy(event) {
    const button = event.target.closest('button.copy');
    if (!button) {
        return;
    }
    const source = $(button.dataset.copy);
    const done = () => notify('Copied to the clipboard.');
    const failed = () => notify('Copy failed: select the text and copy it by hand.', 'error');
    if (navigator.clipboard && window.isSecureContext) {
        navigator.clipboard.writeText(source.textContent).then(done, () => (fallbackCopy(source) ? done() : failed()));
    } else if (fallbackCopy(source)) {
        done();
    } else {
        failed();
    }
}

function fallbackCopy(source) {
    const range = document.createRange();
    range.selectNodeContents(source);
    const selection = window.getSelection();
    selection.removeAllRanges();
    selection.addRange(range);
    try {
        return document.execCommand('copy');
    } catch (refused) {
        return false;
    }
}

/* ---------- wiring ---------- */

whenShown((name) => {
    if (name !== 'dashboard') {
        stopStatus();
    }
});
whenSessionEnds(leave);
$('signin-form').addEventListener('submit', submitSignIn);
$('sign-out').addEventListener('click', submitSignOut);
wireTenants();
wireEvents();
wireSafeguard();
wireDelivery();
wireHistory();
wireAudit();
document.addEventListener('click', copy);
$('signin-mail').focus();
resume().catch(trouble);
