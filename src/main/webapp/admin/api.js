/*
 * The administration API, as the page calls it. The page signs in once: the server answers a session cookie that
 * the browser keeps and sends back (the page's script can neither read it nor keep the password). Every call carries
 * X-Requested-With, which changes need against cross-site requests and which tells the server that the page, not
 * the browser, handles a refused sign-in.
 */

const CSRF = 'lucca-okta-admin';
const TENANTS = 'api/tenants';

export class ApiError extends Error {
    constructor(message, status) {
        super(message);
        this.status = status;
    }
}

/* A call to /tenants and below: the answer's JSON, or null for 204. */
export function api(method, path, body) {
    return call(method, TENANTS + path, body);
}

async function call(method, url, body) {
    const init = {
        method,
        headers: { 'Accept': 'application/json', 'X-Requested-With': CSRF },
        credentials: 'same-origin',
        cache: 'no-store'
    };
    if (body !== undefined) {
        init.headers['Content-Type'] = 'application/json';
        init.body = JSON.stringify(body);
    }
    let response;
    try {
        response = await fetch(url, init);
    } catch (unreachable) {
        throw new ApiError('The server cannot be reached. Check the connection and try again.', 0);
    }
    if (response.status === 204) {
        return null;
    }
    const text = await response.text();
    let data = null;
    try {
        data = text ? JSON.parse(text) : null;
    } catch (notJson) {
        data = null;
    }
    if (!response.ok) {
        throw problem(response.status, data);
    }
    return data;
}

function problem(status, data) {
    if (status === 401) {
        return new ApiError('Your session has ended: sign in again.', 401);
    }
    const detail = data && (data.detail || data.title);
    return new ApiError(detail || ('The server answered with status ' + status + '.'), status);
}

/* Opens a session: who signed in, {mail, operator}. */
export async function signIn(mail, password) {
    try {
        return await call('POST', 'api/sign-in', { mail, password });
    } catch (error) {
        throw error.status === 401 ? new ApiError('Wrong e-mail or password.', 401) : error;
    }
}

/* Ends the session on the server too; one that has ended already needs nothing more. */
export async function signOut() {
    try {
        await call('POST', 'api/sign-out');
    } catch (error) {
        if (error.status !== 401) {
            throw error;
        }
    }
}

/* Who the browser's session is, or null when it has none. */
export async function signedIn() {
    try {
        return await call('GET', 'api/me');
    } catch (error) {
        if (error.status === 401) {
            return null;
        }
        throw error;
    }
}

/* A file the API answers (the change log as CSV), as a blob for the browser to save. */
export async function download(path, type) {
    const response = await fetch(TENANTS + path, {
        headers: { 'Accept': type, 'X-Requested-With': CSRF },
        credentials: 'same-origin',
        cache: 'no-store'
    });
    if (!response.ok) {
        throw problem(response.status, await response.json().catch(() => null));
    }
    return response.blob();
}

/* The browser's own Server-Sent Events client; the session cookie signs it in. */
export function events(path) {
    return new EventSource(TENANTS + path);
}
