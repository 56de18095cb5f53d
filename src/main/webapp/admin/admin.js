/*
 * Lucca for Okta — administration page. Plain JavaScript, no dependencies.
 * The mail and password live in this script's memory only and go with every API call as HTTP Basic.
 */
(function () {
    'use strict';

    var API = 'api/tenants';
    var CSRF = 'lucca-okta-admin';
    var SECTIONS = ['signin', 'home', 'result', 'selection', 'dashboard'];
    var AUDIT_PAGE = 50;

    /* The audit trail's outcomes: what each means, and how it is coloured (the code is always shown too). */
    var OUTCOMES = {
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

    var state = {
        authorization: null,
        mail: null,
        operator: false,
        tenant: null,
        stream: null,
        /* Counters that make an answer arriving after a newer request (or a sign-out) be ignored. */
        tenantsLoad: 0,
        auditLoad: 0,
        eventsLoad: 0,
        safeguardLoad: 0,
        /* The last safeguard report shown. */
        safeguard: null,
        /* The last events report shown. */
        events: null,
        /* The audit page shown: its tenant, offset, filter and size. */
        audit: null
    };

    function $(id) {
        return document.getElementById(id);
    }

    function el(tag, text, className) {
        var node = document.createElement(tag);
        if (text !== undefined && text !== null) {
            node.textContent = text;
        }
        if (className) {
            node.className = className;
        }
        return node;
    }

    /* ---------- messages ---------- */

    function notify(text, kind) {
        var notice = $('notice');
        notice.textContent = '';
        if (text) {
            notice.appendChild(el('p', text, kind === 'error' ? 'error' : 'info'));
        }
    }

    function fail(error) {
        notify(error && error.message ? error.message : String(error), 'error');
    }

    /* ---------- navigation ---------- */

    function show(name) {
        SECTIONS.forEach(function (section) {
            $(section).hidden = section !== name;
        });
        if (name !== 'dashboard') {
            stopStatus();
        }
        var heading = $(name).querySelector('h2');
        if (heading) {
            heading.setAttribute('tabindex', '-1');
            heading.focus();
        }
    }

    /* ---------- API ---------- */

    function ApiError(message, status) {
        this.message = message;
        this.status = status;
    }
    ApiError.prototype = Object.create(Error.prototype);

    function basic(mail, password) {
        var bytes = new TextEncoder().encode(mail + ':' + password);
        var binary = '';
        bytes.forEach(function (b) {
            binary += String.fromCharCode(b);
        });
        return 'Basic ' + btoa(binary);
    }

    function headers(method, json) {
        var h = { 'Authorization': state.authorization, 'Accept': 'application/json' };
        if (method !== 'GET') {
            h['X-Requested-With'] = CSRF;
        }
        if (json) {
            h['Content-Type'] = 'application/json';
        }
        return h;
    }

    /* credentials: 'omit' keeps the browser's own sign-in dialog away; the header is set by hand. */
    function api(method, path, body) {
        return call(method, API + path, body);
    }

    function call(method, url, body) {
        var init = {
            method: method,
            headers: headers(method, body !== undefined),
            credentials: 'omit',
            cache: 'no-store'
        };
        if (body !== undefined) {
            init.body = JSON.stringify(body);
        }
        return fetch(url, init).then(function (response) {
            if (response.status === 204) {
                return null;
            }
            return response.text().then(function (text) {
                var data = null;
                try {
                    data = text ? JSON.parse(text) : null;
                } catch (e) {
                    data = null;
                }
                if (!response.ok) {
                    throw problem(response.status, data);
                }
                return data;
            });
        }, function () {
            throw new ApiError('The server cannot be reached. Check the connection and try again.', 0);
        });
    }

    function problem(status, data) {
        if (status === 401) {
            return new ApiError('Wrong e-mail or password.', 401);
        }
        var detail = data && (data.detail || data.title);
        return new ApiError(detail || ('The server answered with status ' + status + '.'), status);
    }

    function tenantPath(suffix) {
        return '/' + encodeURIComponent(state.tenant.id) + (suffix || '');
    }

    /* An error goes to the notice; a 401 (the password changed, the account went) back to sign-in. */
    function trouble(error) {
        if (error && error.status === 401 && state.authorization) {
            signOut();
        }
        fail(error);
    }

    /* Runs an action while its button is disabled; errors go to the notice, a 401 back to sign-in. */
    function busy(button, action) {
        button.disabled = true;
        notify('');
        return Promise.resolve().then(action).catch(trouble).then(function () {
            button.disabled = false;
        });
    }

    /* ---------- sign-in ---------- */

    function signIn(event) {
        event.preventDefault();
        var mail = $('signin-mail').value.trim();
        var password = $('signin-password').value;
        if (!mail || !password) {
            notify('Enter your e-mail and password.', 'error');
            return;
        }
        state.authorization = basic(mail, password);
        busy($('signin-submit'), function () {
            return call('GET', 'api/me').then(signedIn, function (error) {
                state.authorization = null;
                throw error;
            });
        });

        function signedIn(me) {
            state.mail = mail;
            state.operator = !!(me && me.operator);
            $('signin-password').value = '';
            $('who-mail').textContent = mail;
            $('who').hidden = false;
            var wanted = decodeURIComponent((location.hash.match(/^#tenant=(.+)$/) || [])[1] || '');
            if (wanted) {
                return openTenant(wanted).catch(function (error) {
                    showHome();
                    throw error;
                });
            }
            showHome();
        }
    }

    function signOut() {
        stopStatus();
        state.authorization = null;
        state.mail = null;
        state.operator = false;
        state.tenant = null;
        state.tenantsLoad++;
        state.auditLoad++;
        state.eventsLoad++;
        state.audit = null;
        clearTenants();
        clearAudit();
        $('who').hidden = true;
        $('signin-password').value = '';
        show('signin');
    }

    /* ---------- home: the integrations one may administer ---------- */

    function showHome() {
        show('home');
        loadTenants();
    }

    function clearTenants() {
        $('tenant-rows').textContent = '';
        $('tenant-list').removeAttribute('aria-busy');
        $('tenant-list').hidden = true;
        $('tenant-empty').hidden = true;
        $('tenant-loading').hidden = false;
    }

    /* The list stays as it was while it is read again; only the latest answer is shown. */
    function loadTenants() {
        var load = ++state.tenantsLoad;
        $('tenant-list').setAttribute('aria-busy', 'true');
        return api('GET', '').then(function (answer) {
            if (load === state.tenantsLoad) {
                renderTenants((answer && answer.tenants) || []);
            }
        }, function (error) {
            if (load === state.tenantsLoad) {
                $('tenant-loading').hidden = true;
                trouble(error);
            }
        }).then(function () {
            if (load === state.tenantsLoad) {
                $('tenant-list').removeAttribute('aria-busy');
            }
        });
    }

    function renderTenants(tenants) {
        var rows = $('tenant-rows');
        rows.textContent = '';
        tenants.slice().sort(function (a, b) {
            return String(a.name).localeCompare(String(b.name)) || String(a.id).localeCompare(String(b.id));
        }).forEach(function (t) {
            var row = el('tr');
            var name = el('th', t.name);
            name.scope = 'row';
            row.appendChild(name);
            var id = el('td');
            id.appendChild(el('code', t.id));
            row.appendChild(id);
            row.appendChild(el('td', t.enabled ? 'Enabled' : 'Disabled'));
            row.appendChild(el('td', t.reverseSync ? 'Switched on' : 'Off'));
            var action = el('td');
            var open = el('button', 'Open');
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
        var button = event.target.closest('button[data-tenant-id]');
        if (button) {
            busy(button, function () {
                return openTenant(button.dataset.tenantId);
            });
        }
    }

    /* ---------- step 1 and 2 ---------- */

    function createTenant(event) {
        event.preventDefault();
        var form = {
            name: $('setup-name').value.trim(),
            technicalAdminEmail: $('setup-mail').value.trim(),
            luccaBaseUrl: $('setup-url').value.trim()
        };
        var apiKey = $('setup-key').value.trim();
        var clientId = $('setup-client-id').value.trim();
        var clientSecret = $('setup-client-secret').value.trim();
        if (!form.name || !form.technicalAdminEmail || !form.luccaBaseUrl || (!apiKey && !clientId)) {
            notify('Fill in the company name, the e-mail, the Lucca base URL, and the API key or the OAuth client.',
                'error');
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
        busy($('setup-submit'), function () {
            return api('POST', '', form).then(function (created) {
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
        });
    }

    function openById(event) {
        event.preventDefault();
        var id = $('open-id').value.trim();
        if (!id) {
            notify('Enter the integration id.', 'error');
            return;
        }
        busy($('open-submit'), function () {
            return openTenant(id);
        });
    }

    function openTenant(id) {
        return api('GET', '/' + encodeURIComponent(id)).then(function (tenant) {
            setTenant(tenant);
            showDashboard();
        });
    }

    function setTenant(tenant) {
        state.tenant = tenant;
        history.replaceState(null, '', '#tenant=' + encodeURIComponent(tenant.id));
    }

    /* ---------- step 3 ---------- */

    var GROUP_LABELS = {
        LUCCA_DEPT: 'Departments',
        LUCCA_ETS: 'Establishments',
        LUCCA_LU: 'Legal units',
        LUCCA_COUNTRY: 'Countries'
    };

    function toSelection(button) {
        busy(button, function () {
            return api('GET', tenantPath('/catalogue')).then(function (catalogue) {
                renderCatalogue(catalogue);
                show('selection');
            });
        });
    }

    function choice(idPrefix, value, label, checked, disabled, hint) {
        var item = el('li');
        var box = document.createElement('input');
        box.type = 'checkbox';
        box.id = idPrefix + value;
        box.value = value;
        box.checked = checked;
        box.disabled = disabled;
        var text = el('label', label);
        text.htmlFor = box.id;
        item.appendChild(box);
        item.appendChild(text);
        if (hint) {
            var note = el('span', hint, 'hint');
            note.id = box.id + '-hint';
            box.setAttribute('aria-describedby', note.id);
            item.appendChild(note);
        }
        return item;
    }

    /* Who a person is, to Lucca and to this page: Okta changes them only when the tenant opts in. */
    var IDENTITY_PROPERTIES = ['login', 'mail'];

    function renderCatalogue(catalogue) {
        var properties = $('property-list');
        properties.textContent = '';
        catalogue.properties.forEach(function (p) {
            var hint = null;
            if (p.mandatory) {
                hint = p.writableFromOkta ? 'always sent; Okta can change it'
                    : IDENTITY_PROPERTIES.indexOf(p.code) >= 0
                        ? 'always sent; Okta cannot change it unless you allow login and e-mail changes in the options'
                        : 'always sent';
            } else if (!p.synchronisable) {
                hint = 'cannot be sent: ' + (p.reason || 'not supported');
            } else if (p.writableFromOkta) {
                hint = 'Okta can change it';
            }
            var label = p.label + ' (' + p.code + ')';
            var item = choice('prop-', p.code, label, p.selected || p.mandatory,
                p.mandatory || !p.synchronisable, hint);
            if (p.mandatory) {
                item.querySelector('input').dataset.mandatory = 'true';
            }
            properties.appendChild(item);
        });
        var groups = $('group-type-list');
        groups.textContent = '';
        catalogue.groupTypes.forEach(function (g) {
            groups.appendChild(choice('group-', g.type, (GROUP_LABELS[g.type] || g.type) + ' (' + g.type + ')',
                g.enabled, false, null));
        });
    }

    function checkedValues(listId, withMandatory) {
        var values = [];
        $(listId).querySelectorAll('input[type=checkbox]').forEach(function (box) {
            if (box.checked && (!box.disabled || (withMandatory && box.dataset.mandatory))) {
                values.push(box.value);
            }
        });
        return values;
    }

    function saveSelection(event) {
        event.preventDefault();
        var body = {
            properties: checkedValues('property-list', true),
            groupTypes: checkedValues('group-type-list', false)
        };
        busy($('selection-save'), function () {
            return api('PUT', tenantPath('/selection'), body).then(function (tenant) {
                state.tenant = tenant;
                showDashboard();
                notify('Selection saved. Okta receives it at its next import.');
            });
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
        loadHistory().catch(trouble);
        if (!state.audit || state.audit.tenantId !== state.tenant.id) {
            /* Another tenant: its trail from the newest entry, unfiltered. */
            $('audit-form').reset();
            clearAudit();
            loadAudit(0, { outcome: '', userId: '' });
        } else {
            loadAudit(state.audit.offset, state.audit.filter);
        }
    }

    function renderTenant() {
        var t = state.tenant;
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

    function when(iso) {
        if (!iso) {
            return '';
        }
        var date = new Date(iso);
        return isNaN(date.getTime()) ? iso : date.toLocaleString();
    }

    function renderStatus(s) {
        var list = $('status-details');
        list.textContent = '';
        function row(term, value) {
            list.appendChild(el('dt', term));
            list.appendChild(el('dd', value));
        }
        var snap = s.snapshot || {};
        var snapText = snap.users + ' users, ' + snap.groups + ' groups';
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
            var key = s.apiKey;
            row('Lucca API key', key.name + ' (' + ((key.permissions || []).join(', ') || 'no permission') + ')');
            row('Future employees', key.futureEmployees ? 'imported before their start' : 'not visible to this key');
            row('Changes from Okta', key.reverseSyncEffective ? 'on'
                : key.reverseSyncPossible ? 'possible, switched off in the options'
                : 'not possible, the key lacks: ' + (key.reverseSyncMissing || []).join(', '));
        }
        if (s.lucca) {
            renderLuccaApi(s.lucca, row);
        }
        $('status-connection').textContent = 'Live, updated at ' + new Date().toLocaleTimeString();
    }

    function renderLuccaApi(lucca, row) {
        if (lucca.generation === 'v5') {
            row('Lucca API', 'current API ' + lucca.apiVersion + ', OAuth client ' + lucca.clientId);
            if (lucca.tokenError) {
                row('Lucca token', lucca.tokenError);
            } else {
                row('Scopes granted', (lucca.scopesGranted || []).join(', ') || 'none');
                row('Scopes missing', (lucca.scopesMissing || []).map(function (m) {
                    return m.scope + ' (without it ' + m.withoutIt + ')';
                }).join('; ') || 'none');
                row('Token valid until', when(lucca.tokenExpiresAt));
            }
        } else {
            row('Lucca API', 'legacy API (v3), with the API key. ' + (lucca.advice || ''));
        }
        (lucca.notices || []).forEach(function (n) {
            row('Lucca notice', n.route + ': deprecated' + (n.deprecation ? ' (' + n.deprecation + ')' : '')
                + (n.sunset ? ', ends ' + n.sunset : ', no end date announced'));
        });
    }

    /* Changes one of the tenant's ways to Lucca (PUT with a body, or DELETE), then shows the tenant as it now is. */
    function changeCredential(button, method, path, body, form, done) {
        busy($(button), function () {
            return api(method, tenantPath(path), body).then(function (tenant) {
                if (form) {
                    $(form).reset();
                }
                state.tenant = tenant;
                renderTenant();
                notify(done);
            });
        });
    }

    function saveClient(event) {
        event.preventDefault();
        var body = {clientId: $('client-id').value.trim(), clientSecret: $('client-secret').value.trim()};
        if (!body.clientId || !body.clientSecret) {
            notify('Fill in the client id and the client secret.', 'error');
            return;
        }
        changeCredential('client-save', 'PUT', '/lucca-client', body, 'client-form',
            'Lucca is now read through its current API.');
    }

    function saveKey(event) {
        event.preventDefault();
        var body = {apiKey: $('key-value').value.trim()};
        if (!body.apiKey) {
            notify('Fill in the API key.', 'error');
            return;
        }
        changeCredential('key-save', 'PUT', '/lucca-key', body, 'key-form', 'API key saved.');
    }

    function removeKey() {
        changeCredential('key-remove', 'DELETE', '/lucca-key', undefined, null,
            'API key removed: the OAuth client alone reaches Lucca.');
    }

    function removeClient() {
        changeCredential('client-remove', 'DELETE', '/lucca-client', undefined, null,
            'Lucca is read with the API key again.');
    }

    /* Server-Sent Events over fetch, since EventSource cannot send the Authorization header. */
    function startStatus() {
        stopStatus();
        var controller = new AbortController();
        var stream = { controller: controller, retry: null };
        state.stream = stream;
        $('status-connection').textContent = 'Connecting…';
        $('status-details').textContent = '';

        function reconnect(message) {
            if (state.stream !== stream) {
                return;
            }
            $('status-connection').textContent = message + ' Trying again in 5 seconds.';
            stream.retry = setTimeout(function () {
                if (state.stream === stream) {
                    startStatus();
                }
            }, 5000);
        }

        fetch(API + tenantPath('/status/events'), {
            headers: { 'Authorization': state.authorization, 'Accept': 'text/event-stream' },
            credentials: 'omit',
            cache: 'no-store',
            signal: controller.signal
        }).then(function (response) {
            if (!response.ok) {
                return response.text().then(function (text) {
                    var data = null;
                    try {
                        data = JSON.parse(text);
                    } catch (e) {
                        data = null;
                    }
                    throw problem(response.status, data);
                });
            }
            return readEvents(response.body, function (name, data) {
                if (name === 'status' && state.stream === stream) {
                    try {
                        renderStatus(JSON.parse(data));
                    } catch (e) {
                        $('status-connection').textContent = 'An unreadable status was received.';
                    }
                }
            });
        }).then(function () {
            reconnect('The status stream ended.');
        }, function (error) {
            if (controller.signal.aborted) {
                return;
            }
            if (error && (error.status === 401 || error.status === 403 || error.status === 404)) {
                $('status-connection').textContent = 'Status unavailable: ' + error.message;
                return;
            }
            reconnect('Status connection lost.');
        });
    }

    function stopStatus() {
        var stream = state.stream;
        state.stream = null;
        if (stream) {
            clearTimeout(stream.retry);
            stream.controller.abort();
        }
    }

    /* A small SSE parser: events are separated by a blank line; "event:" names them, "data:" lines carry them. */
    function readEvents(body, onEvent) {
        var reader = body.getReader();
        var decoder = new TextDecoder();
        var buffer = '';

        function dispatch(block) {
            var name = 'message';
            var data = [];
            block.split('\n').forEach(function (line) {
                if (line.charAt(0) === ':') {
                    return;
                }
                var colon = line.indexOf(':');
                var field = colon < 0 ? line : line.slice(0, colon);
                var value = colon < 0 ? '' : line.slice(colon + 1);
                if (value.charAt(0) === ' ') {
                    value = value.slice(1);
                }
                if (field === 'event') {
                    name = value;
                } else if (field === 'data') {
                    data.push(value);
                }
            });
            if (data.length) {
                onEvent(name, data.join('\n'));
            }
        }

        function pump() {
            return reader.read().then(function (chunk) {
                if (chunk.done) {
                    return;
                }
                buffer += decoder.decode(chunk.value, { stream: true });
                buffer = buffer.replace(/\r\n?/g, '\n');
                var end;
                while ((end = buffer.indexOf('\n\n')) >= 0) {
                    dispatch(buffer.slice(0, end));
                    buffer = buffer.slice(end + 2);
                }
                return pump();
            });
        }

        return pump();
    }

    function preview(event) {
        event.preventDefault();
        var id = $('preview-user').value.trim();
        if (!/^\d+$/.test(id)) {
            notify('Enter a Lucca user id (a number).', 'error');
            return;
        }
        busy($('preview-submit'), function () {
            $('preview-result').hidden = true;
            $('preview-note').hidden = true;
            return api('GET', tenantPath('/preview/' + id)).then(function (answer) {
                $('preview-lucca').textContent = JSON.stringify(answer.lucca, null, 2);
                $('preview-scim').textContent = answer.scim ? JSON.stringify(answer.scim, null, 2) : '(nothing sent)';
                $('preview-result').hidden = false;
                if (answer.note) {
                    $('preview-note').textContent = answer.note;
                    $('preview-note').hidden = false;
                }
            });
        });
    }

    /* ---------- dashboard: real-time events from Lucca's webhooks ---------- */

    /* The events report of the tenant shown; an answer for another tenant or an older request is dropped. */
    async function loadEvents(change) {
        const tenantId = state.tenant.id;
        const load = ++state.eventsLoad;
        $('events-report').setAttribute('aria-busy', 'true');
        const current = () => load === state.eventsLoad && state.tenant && state.tenant.id === tenantId;
        try {
            const report = await (change ? change() : api('GET', tenantPath('/events')));
            if (current()) {
                renderEvents(report);
            }
        } catch (error) {
            if (current()) {
                throw error;
            }
        } finally {
            if (load === state.eventsLoad) {
                $('events-report').removeAttribute('aria-busy');
            }
        }
    }

    function clearEvents() {
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
        const list = $('events-details');
        list.textContent = '';
        const row = (term, value) => {
            list.appendChild(el('dt', term));
            list.appendChild(el('dd', value));
        };
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

    function duration(millis) {
        if (millis < 1000) {
            return millis + ' ms';
        }
        const seconds = millis / 1000;
        return seconds < 120 ? seconds.toFixed(1) + ' s' : Math.round(seconds / 60) + ' min';
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

    /* ---------- dashboard: the last days (chart), Okta's imports and the manager checks ---------- */

    const SERIES = [
        { key: 'imports', label: 'Okta\'s imports', className: 'series-imports' },
        { key: 'publications', label: 'Snapshot publications', className: 'series-publications' },
        { key: 'luccaCalls', label: 'Lucca calls', className: 'series-lucca' }
    ];

    /* The three reports of the tenant shown; an answer for another tenant is dropped. */
    async function loadHistory() {
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

    const CHANGE_KINDS = { ADDED: 'added', CHANGED: 'changed', DEACTIVATED: 'deactivated', REACTIVATED: 'reactivated',
        REMOVED: 'removed', GROUP_ADDED: 'groups added', GROUP_REMOVED: 'groups removed', GROUP_CHANGED: 'groups changed' };

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

    /* The CSV needs the page's credentials, so it is fetched here and handed to the browser as a file. */
    async function downloadChanges() {
        await busy($('changes-csv'), async () => {
            const asCsv = Object.assign(headers('GET', false), { 'Accept': 'text/csv' });
            const response = await fetch(API + tenantPath('/changes.csv?days=7'),
                { headers: asCsv, credentials: 'omit', cache: 'no-store' });
            if (!response.ok) {
                throw new Error('The change log could not be downloaded (' + response.status + ')');
            }
            const link = el('a');
            link.href = URL.createObjectURL(await response.blob());
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

    /* ---------- dashboard: safe imports (the snapshot safeguard and the dry run) ---------- */

    /* The safeguard's report of the tenant shown; an answer for another tenant or an older request is dropped. */
    async function loadSafeguard(change) {
        const tenantId = state.tenant.id;
        const load = ++state.safeguardLoad;
        $('safeguard-report').setAttribute('aria-busy', 'true');
        const current = () => load === state.safeguardLoad && state.tenant && state.tenant.id === tenantId;
        try {
            const report = await (change ? change() : api('GET', tenantPath('/safeguard')));
            if (current()) {
                renderSafeguard(report);
            }
        } catch (error) {
            if (current()) {
                throw error;
            }
        } finally {
            if (load === state.safeguardLoad) {
                $('safeguard-report').removeAttribute('aria-busy');
            }
        }
    }

    function clearSafeguard() {
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
        const list = $('safeguard-details');
        list.textContent = '';
        const row = (term, value) => {
            list.appendChild(el('dt', term));
            list.appendChild(el('dd', value));
        };
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
            await loadSafeguard(() => api('PUT', tenantPath('/safeguard'), { percent: percent, minimum: minimum }));
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

    /* ---------- dashboard: the audit trail of Okta's writes to Lucca ---------- */

    function clearAudit() {
        $('audit-rows').textContent = '';
        $('audit-results').removeAttribute('aria-busy');
        $('audit-table').hidden = true;
        $('audit-scroll').hidden = true;
        $('audit-empty').hidden = true;
        $('audit-summary').textContent = '';
        $('audit-newer').disabled = true;
        $('audit-older').disabled = true;
    }

    function formFilter() {
        return { outcome: $('audit-outcome').value, userId: $('audit-user').value.trim() };
    }

    function sameFilter(a, b) {
        return a.outcome === b.outcome && a.userId === b.userId;
    }

    function describeFilter(filter) {
        var parts = [];
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
    function loadAudit(offset, filter) {
        var tenantId = state.tenant.id;
        var load = ++state.auditLoad;
        var query = '?offset=' + offset + '&count=' + AUDIT_PAGE
            + (filter.outcome ? '&outcome=' + encodeURIComponent(filter.outcome) : '')
            + (filter.userId ? '&userId=' + encodeURIComponent(filter.userId) : '');
        function current() {
            return load === state.auditLoad && state.tenant && state.tenant.id === tenantId;
        }
        $('audit-results').setAttribute('aria-busy', 'true');
        $('audit-summary').textContent = 'Loading the audit trail…';
        return api('GET', tenantPath('/audit') + query).then(function (page) {
            if (current()) {
                state.audit = { tenantId: tenantId, offset: offset, filter: filter, total: page.total,
                    shown: page.entries.length };
                renderAudit(page, offset, filter);
            }
        }, function (error) {
            if (current()) {
                $('audit-summary').textContent = 'The audit trail could not be loaded.';
                trouble(error);
            }
        }).then(function () {
            if (current()) {
                $('audit-results').removeAttribute('aria-busy');
                auditPaging();
            }
        });
    }

    function renderAudit(page, offset, filter) {
        var rows = $('audit-rows');
        rows.textContent = '';
        page.entries.forEach(function (entry) {
            rows.appendChild(auditRow(entry));
        });
        var some = page.entries.length > 0;
        $('audit-table').hidden = !some;
        $('audit-scroll').hidden = !some;
        $('audit-empty').hidden = some;
        var filtered = describeFilter(filter);
        if (some) {
            $('audit-summary').textContent = 'Attempts ' + (offset + 1) + '–' + (offset + page.entries.length)
                + ' of ' + page.total + (filtered ? ' (' + filtered + ')' : '') + ', newest first.';
        } else {
            $('audit-summary').textContent = '';
        }
        $('audit-empty').textContent = page.total > 0
            ? 'No attempt on this page: see the newer ones.'
            : filtered
                ? 'No write attempt matches this filter (' + filtered + ').'
                : 'No write attempt yet. When Okta sends a change to a person in Lucca it is listed here, '
                    + 'applied or not.';
    }

    function auditRow(entry) {
        var row = el('tr');
        var time = el('th');
        time.scope = 'row';
        var stamp = el('time', when(entry.at));
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
        var outcome = el('td', null, 'col-outcome');
        var known = OUTCOMES[entry.outcome];
        var badge = el('span', entry.outcome, 'outcome outcome-' + (known ? known.tone : 'neutral'));
        if (known) {
            badge.title = known.meaning;
        }
        outcome.appendChild(badge);
        row.appendChild(outcome);
        row.appendChild(lines('col-changes', entry.changes, function (change) {
            /* The safeguard's rows list people with what would happen to them. */
            return change.reason !== undefined ? value(change.name) + ' (' + change.id + '): ' + change.reason
                : change.attribute + ': ' + value(change.before) + ' → ' + value(change.after);
        }, function (change) {
            return change.field ? 'Lucca field ' + change.field : '';
        }));
        row.appendChild(lines('col-ignored', entry.ignored, function (ignored) {
            return ignored.attribute + ' — ' + ignored.reason;
        }));
        var status = el('td', null, 'col-status');
        status.appendChild(entry.luccaStatus !== undefined && entry.luccaStatus !== null
            ? document.createTextNode(String(entry.luccaStatus)) : nothing());
        row.appendChild(status);
        var detail = el('td', null, 'col-detail');
        detail.appendChild(entry.detail ? document.createTextNode(entry.detail) : nothing());
        row.appendChild(detail);
        return row;
    }

    function value(v) {
        return v === null || v === undefined || v === '' ? '(empty)' : String(v);
    }

    /* A dash on screen, "none" for screen readers. */
    function nothing() {
        var none = document.createDocumentFragment();
        var dash = el('span', '—');
        dash.setAttribute('aria-hidden', 'true');
        none.appendChild(dash);
        none.appendChild(el('span', 'none', 'visually-hidden'));
        return none;
    }

    function lines(className, items, text, title) {
        var cell = el('td', null, className);
        if (!items || !items.length) {
            cell.appendChild(nothing());
            return cell;
        }
        var list = el('ul', null, 'lines');
        items.forEach(function (item) {
            var line = el('li', text(item));
            var hint = title ? title(item) : '';
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
        var audit = state.audit;
        var newer = $('audit-newer');
        var older = $('audit-older');
        var focused = document.activeElement;
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
        var filter = formFilter();
        var audit = state.audit;
        loadAudit(audit && audit.tenantId === state.tenant.id && sameFilter(audit.filter, filter) ? audit.offset : 0, filter);
    }

    function pageAudit(step) {
        var audit = state.audit;
        if (audit) {
            notify('');
            loadAudit(Math.max(0, audit.offset + step * AUDIT_PAGE), audit.filter);
        }
    }

    function wholeNumber(id, label) {
        var value = $(id).value.trim();
        if (!/^\d+$/.test(value)) {
            throw new ApiError(label + ' must be a whole number.', 0);
        }
        return parseInt(value, 10);
    }

    function saveOptions(event) {
        event.preventDefault();
        busy($('options-save'), function () {
            var body = {
                leaversGraceDays: wholeNumber('option-grace', 'Days a leaver stays listed'),
                snapshotTtlSeconds: wholeNumber('option-ttl', 'Seconds before Lucca is read again'),
                userNameSource: $('option-username').value,
                reverseSync: $('option-reverse-sync').checked,
                loginMailWriteBack: $('option-login-mail').checked
            };
            return api('PUT', tenantPath('/options'), body).then(function (tenant) {
                state.tenant = tenant;
                renderTenant();
                notify('Options saved.');
            });
        });
    }

    function rotate(event) {
        event.preventDefault();
        busy($('rotate-submit'), function () {
            var grace = wholeNumber('rotate-grace', 'Minutes the current token keeps working');
            return api('POST', tenantPath('/token'), { graceMinutes: grace }).then(function (answer) {
                var oldTokenUntil = answer.previousTokenValidUntil;
                $('rotated-token').textContent = answer.scimToken;
                $('rotated').hidden = false;
                delete answer.scimToken;
                delete answer.previousTokenValidUntil;
                state.tenant = answer;
                renderTenant();
                notify(grace === 0 ? 'New token created; the previous one no longer works.'
                    : 'New token created; the previous one works until ' + when(oldTokenUntil) + '.');
            });
        });
    }

    function setEnabled(enabled) {
        var button = $(enabled ? 'enable' : 'disable');
        busy(button, function () {
            return api('POST', tenantPath(enabled ? '/enable' : '/disable')).then(function (tenant) {
                state.tenant = tenant;
                renderTenant();
                notify(enabled ? 'Integration enabled: Okta is served again.' : 'Integration disabled: Okta is refused.');
                $(enabled ? 'disable' : 'enable').focus();
            });
        });
    }

    function remove() {
        var t = state.tenant;
        if (!window.confirm('Delete the integration "' + t.name + '"? Okta will be refused and this cannot be undone.')) {
            return;
        }
        busy($('delete'), function () {
            return api('DELETE', tenantPath()).then(function () {
                state.tenant = null;
                state.audit = null;
                history.replaceState(null, '', location.pathname);
                showHome();
                notify('Integration "' + t.name + '" deleted.');
            });
        });
    }

    /* ---------- copy buttons ---------- */

    function copy(event) {
        var button = event.target.closest('button.copy');
        if (!button) {
            return;
        }
        var source = $(button.dataset.copy);
        var text = source.textContent;
        var done = function () {
            notify('Copied to the clipboard.');
        };
        if (navigator.clipboard && window.isSecureContext) {
            navigator.clipboard.writeText(text).then(done, function () {
                fallbackCopy(source) ? done() : notify('Copy failed: select the text and copy it by hand.', 'error');
            });
        } else if (fallbackCopy(source)) {
            done();
        } else {
            notify('Copy failed: select the text and copy it by hand.', 'error');
        }
    }

    function fallbackCopy(source) {
        var range = document.createRange();
        range.selectNodeContents(source);
        var selection = window.getSelection();
        selection.removeAllRanges();
        selection.addRange(range);
        try {
            return document.execCommand('copy');
        } catch (e) {
            return false;
        }
    }

    /* ---------- wiring ---------- */

    document.addEventListener('DOMContentLoaded', function () {
        $('signin-form').addEventListener('submit', signIn);
        $('sign-out').addEventListener('click', signOut);
        $('setup-form').addEventListener('submit', createTenant);
        $('open-form').addEventListener('submit', openById);
        $('tenant-rows').addEventListener('click', openListed);
        $('to-selection').addEventListener('click', function () {
            toSelection($('to-selection'));
        });
        $('edit-selection').addEventListener('click', function () {
            toSelection($('edit-selection'));
        });
        $('selection-form').addEventListener('submit', saveSelection);
        $('selection-cancel').addEventListener('click', function () {
            showDashboard();
        });
        $('back-home').addEventListener('click', function () {
            state.tenant = null;
            history.replaceState(null, '', location.pathname);
            showHome();
        });
        $('preview-form').addEventListener('submit', preview);
        $('events-enabled').addEventListener('change', switchEvents);
        $('events-reactivate').addEventListener('click', reactivateEvents);
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
        $('changes-csv').addEventListener('click', downloadChanges);
        $('events-refresh').addEventListener('click', () => {
            notify('');
            loadEvents().catch(trouble);
        });
        $('audit-form').addEventListener('submit', filterAudit);
        $('audit-refresh').addEventListener('click', refreshAudit);
        $('audit-newer').addEventListener('click', function () {
            pageAudit(-1);
        });
        $('audit-older').addEventListener('click', function () {
            pageAudit(1);
        });
        $('options-form').addEventListener('submit', saveOptions);
        $('rotate-form').addEventListener('submit', rotate);
        $('client-form').addEventListener('submit', saveClient);
        $('client-remove').addEventListener('click', removeClient);
        $('key-form').addEventListener('submit', saveKey);
        $('key-remove').addEventListener('click', removeKey);
        $('disable').addEventListener('click', function () {
            setEnabled(false);
        });
        $('enable').addEventListener('click', function () {
            setEnabled(true);
        });
        $('delete').addEventListener('click', remove);
        document.addEventListener('click', copy);
        $('signin-mail').focus();
    });
}());
