// Generated from apps/api/openapi.json by `npm run client` (openapi-typescript). Do not edit:
// change the API, run `npm run openapi` and `npm run client`; a unit test fails when this is stale.
export interface paths {
    "/api/v1/health": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Service and database check (readiness)
         * @description Answers 200 when the service and its PostgreSQL database are up, 503 otherwise: the same check as `health/ready`, kept for load balancers and the image’s HEALTHCHECK.
         */
        get: operations["Health_check"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/health/live": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Liveness
         * @description Answers 200 while the process runs and its event loop answers. It asks nothing of the database, so an orchestrator does not restart every node while PostgreSQL is down (readiness says that).
         */
        get: operations["Health_live"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/health/ready": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Readiness
         * @description Answers 200 when the node can serve requests, that is when its PostgreSQL database answers; 503 otherwise, so a load balancer sends requests elsewhere until the database is back.
         */
        get: operations["Health_ready"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/metrics": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Prometheus metrics of this node
         * @description For a Prometheus scraper with an API key with scope metrics:read (`authorization: { type: ApiKey, credentials: <key> }` in its scrape config). Requests and latency per route template, database pools, audit events written, Node process metrics; per node, no personal data, no ids.
         */
        get: operations["Metrics_scrape"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/audit/events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Review the audit log (logguppföljning)
         * @description Who read or changed whose data, newest first, filtered per person, per user, by period and outcome. An auditor sees every event of their municipality; a unit manager only events of access granted through a unit they manage. Reading the log is itself logged.
         */
        get: operations["AuditReview_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/audit/events.csv": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Export the audit log as CSV
         * @description The same filters as the list, all matching events (at most 100000) with a header row. A cut result has the header X-Export-Truncated: true; narrow the period. An auditor sees every event of their municipality; a unit manager only events of access granted through a unit they manage. Reading the log is itself logged.
         */
        get: operations["AuditReview_exportCsv"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/login": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Sign in with username and password (inloggning)
         * @description Returns a short-lived JWT. An unknown user and a wrong password get the same 401 answer. Rate-limited per client address (LOGIN_RATE_LIMIT_PER_MINUTE).
         */
        post: operations["Auth_login"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The signed-in user: units, roles and permissions */
        get: operations["Auth_me"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/units": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the units of your municipality (enheter)
         * @description Sorted by name, active and closed units alike.
         */
        get: operations["AdminUnits_list"];
        put?: never;
        /**
         * Create a unit (skapa enhet)
         * @description Names are unique in the municipality. The parent must be a unit of the municipality.
         */
        post: operations["AdminUnits_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/units/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Read a unit
         * @description The ETag header carries the version for If-Match.
         */
        get: operations["AdminUnits_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Rename, move or close a unit
         * @description Needs If-Match with the version read; a stale version answers 412. Moving a unit under itself or under one of its own sub-units answers 422 UNIT_PARENT_CYCLE. Closing a unit (active: false) makes its memberships grant nothing.
         */
        patch: operations["AdminUnits_update"];
        trace?: never;
    };
    "/api/v1/admin/users": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the staff users of your municipality (användare)
         * @description Sorted by username, with their roles in units. Never a password.
         */
        get: operations["AdminUsers_list"];
        put?: never;
        /**
         * Create a staff user (skapa användare)
         * @description With a password (at least 12 characters, stored as argon2id) for local sign-in, an identity-provider subject for OIDC, or both; and roles in units of your municipality. Usernames are unique across Steg.
         */
        post: operations["AdminUsers_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/users/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Read a staff user
         * @description The ETag header carries the version.
         */
        get: operations["AdminUsers_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Change a staff user
         * @description Display name, active, permissions, password, identity-provider subject. Needs If-Match; a stale version answers 412. active: false refuses the user at once, including tokens already issued.
         */
        patch: operations["AdminUsers_update"];
        trace?: never;
    };
    "/api/v1/admin/users/{id}/memberships": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Replace a user's roles in units (behörigheter)
         * @description The set sent replaces the old one; every unit must belong to your municipality. Needs If-Match with the user's version, which moves on. Takes effect on the user's next request.
         */
        put: operations["AdminUsers_replaceMemberships"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/api-keys": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List your municipality's API keys
         * @description Revoked keys included. The secret is never shown again, only its prefix.
         */
        get: operations["AdminApiKeys_list"];
        put?: never;
        /**
         * Create an API key for an integration script
         * @description Returns the key once; only a hash is stored. The script sends it as Authorization: ApiKey <key> and may call the routes its scopes open.
         */
        post: operations["AdminApiKeys_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/api-keys/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Revoke an API key
         * @description The key stops working at once. The row stays, with who revoked it and when.
         */
        delete: operations["AdminApiKeys_revoke"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/units": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The units of your municipality (enhetskatalog)
         * @description Read-only directory of the active units you may refer to or work with, sorted by name: id, name, type and parent. Filter by type, e.g. ?type=ame for the arbetsmarknadsenheter to send a referral (aktualisering) to. Never another municipality's units; closed units are left out.
         */
        get: operations["UnitsDirectory_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/participants": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Search participants (sök deltagare)
         * @description By any identity number the person has had (10 or 12 digits, with or without separator), by name, or with neither: your units' caseload. Only people your units have a relation to are found. Every search is audit-logged.
         */
        get: operations["Participants_search"];
        put?: never;
        /**
         * Register a participant (registrera deltagare)
         * @description Registers a person with personnummer, samordningsnummer, or (without a number) a birth date. The registering unit gets a relation to the person. A number already registered in the municipality answers 409, with the existing id only if you may see that person.
         */
        post: operations["Participants_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/participants/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Read a participant
         * @description Caseworkers, coaches and managers get the full record; a supervisor (handledare) gets only the name of a person placed with them. Protected identity is masked without the protected_identity permission.
         */
        get: operations["Participants_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Change a participant
         * @description Needs If-Match with the version read; a stale version answers 412 with the current version.
         */
        patch: operations["Participants_update"];
        trace?: never;
    };
    "/api/v1/participants/{id}/identifiers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Replace the identity number
         * @description E.g. a samordningsnummer replaced by a personnummer, or a number for a person registered without one. The old number stays in the history and still finds the person.
         */
        post: operations["Participants_replaceIdentifier"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/participants/{id}/consents": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Record a consent (samtycke)
         * @description What the participant agreed may be shared between IFO, AME and named partners, and when.
         */
        post: operations["Participants_addConsent"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/participants/{id}/consents/{consentId}/withdrawal": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Record that a consent was withdrawn (återkallat samtycke) */
        post: operations["Participants_withdrawConsent"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/referrals": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create a referral (aktualisering/remiss) to an AME unit
         * @description Registers a referral as a draft (utkast), or sends it at once (send: true). You must see the participant. The source is kept at the finer level and mapped to its Kolada group. Sharing needs a consent (samtycke) in force or another legal ground. A person who exited an enrolment (avslut) within the last 12 months is marked as re-entry (återaktualisering) with that enrolment. Status of the referral (aktualisering/remiss): draft = utkast, sent = skickad, accepted = mottagen (leads to an inskrivning), returned = återvisad (with a reason; may be changed and sent again), withdrawn = återtagen.
         */
        post: operations["Referrals_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/referrals/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Read a referral with its history
         * @description Visible with the case view of the person, or to a coach or manager of the receiving AME unit while it is sent. Includes every transition (who, when, why) and the actions you may take next.
         */
        get: operations["Referrals_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Change a draft (utkast) or returned (återvisad) referral
         * @description For the referring unit. Needs If-Match with the version read; a stale version answers 412. A sent, accepted or withdrawn referral cannot be changed (409).
         */
        patch: operations["Referrals_update"];
        trace?: never;
    };
    "/api/v1/referrals/{id}/send": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Send (skicka) a referral
         * @description From draft (utkast) or returned (återvisad) to sent (skickad), by the referring unit. The receiving AME unit gets a relation to the person and the referral appears in its inbox. A consent it rests on must still be in force (422).
         */
        post: operations["Referrals_send"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/referrals/{id}/withdraw": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Withdraw (återta) a referral
         * @description By the referring unit, with a reason, from draft, sent or returned; an accepted (mottagen) referral cannot be withdrawn (409). The receiving unit's relation closes. REFERRAL_WRONG_SIDE: you see the referral but act for the other side.
         */
        post: operations["Referrals_withdraw"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/referrals/{id}/return": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Return (återvisa) a referral to the sender
         * @description By a coach or manager of the receiving AME unit, with a reason, while it is sent (skickad). The sender may change it and send it again. The unit's relation closes. REFERRAL_WRONG_SIDE: you see the referral but act for the other side.
         */
        post: operations["Referrals_returnToSender"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/referrals/{id}/accept": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Accept (ta emot) a referral: enrol the person (inskrivning)
         * @description By a coach or manager of the receiving AME unit while it is sent (skickad). Creates the enrolment with its start date, responsible coach, the IFO caseworker who follows the case and the time without work; the referral's relation closes and the enrolment opens its own. At most one open enrolment per person per AME unit: a second answers 409 ENROLMENT_ALREADY_OPEN. REFERRAL_WRONG_SIDE: you see the referral but act for the other side.
         */
        post: operations["Referrals_accept"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/enrolments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A participant's enrolments (inskrivningar), newest first
         * @description An enrolment starts when an AME unit accepts a referral (aktualisering) and ends with an exit (avslut) and its outcome. Needs the case view of the person; the read is audit-logged.
         */
        get: operations["Enrolments_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/enrolments/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read an enrolment (inskrivning) and its exit (avslut), if any */
        get: operations["Enrolments_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Change the responsible coach, the IFO caseworker or the time without work
         * @description By a coach or manager of the AME unit. Needs If-Match; a stale version answers 412. An exited (avslutad) enrolment cannot be changed (409 ENROLMENT_ALREADY_EXITED).
         */
        patch: operations["Enrolments_update"];
        trace?: never;
    };
    "/api/v1/enrolments/{id}/start-date-corrections": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The history of an enrolment's start date: every correction, oldest first
         * @description Needs the case view of the person; the read is audit-logged.
         */
        get: operations["Enrolments_startCorrections"];
        put?: never;
        /**
         * Correct an enrolment's start date (inskrivningsdatum) with a reason
         * @description By a coach or manager of the AME unit. The old and the new date, the reason, who and when are kept (GET …/start-date-corrections); the enrolment gets the new date and a new version. Needs If-Match (412 when stale, 428 when missing). Every problem is answered at once in errors[]; the code names the first: a start after something recorded is 409 — ENROLMENT_START_AFTER_PLACEMENT (the first placement start), ENROLMENT_START_AFTER_ATTENDANCE (a day with attendance), ENROLMENT_START_AFTER_EXIT (the exit date); a broken date rule is 422 — ENROLMENT_START_IN_FUTURE, ENROLMENT_START_BEFORE_REFERRAL (before the day the referral was sent), ENROLMENT_START_UNCHANGED. Each boundary day itself is allowed.
         */
        post: operations["Enrolments_correctStart"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/enrolments/{id}/exit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Exit (avsluta) an enrolment with its outcome
         * @description By a coach or manager of the AME unit. Records the facts of where the person went and derives the outcome category from them (never chosen by hand). Kolada exit category (avslut), derived from the recorded facts: A = Börjat arbeta (a job lasting at least one continuous month, not a municipal labour-market employment), B = Börjat studera (studies that qualify for studiemedel), C = Överförd till annan myndighet, D = Slutfört uppdrag, E = Övrigt. A missing deciding fact (e.g. employmentLastsOneMonth for employment) answers 400 EXIT_FACTS_INCOMPLETE naming the field. The exit date may not be in the future nor before the start (422 EXIT_BEFORE_START). The unit's relation to the person closes on the exit date; access then lasts 90 more days. A second exit answers 409 ENROLMENT_ALREADY_EXITED. While a development plan or a placement is still open the exit is refused with 409 ENROLMENT_HAS_OPEN_ITEMS listing them: end them first (the plan with reason enrolment_exited).
         */
        post: operations["Enrolments_exit"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/enrolments/{id}/report-backs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Report back to IFO (återrapportering)
         * @description A structured message from AME to the IFO caseworker who follows the enrolment: progress, attendance concern, may qualify for other support than försörjningsstöd, planned exit, or other. Written by a coach or manager of the enrolment's AME unit who may see the person. Allowed while the enrolment is open and for 90 days after the exit, for every kind (409 later).
         */
        post: operations["ReportBacks_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/report-backs/{id}/read": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Mark a report-back read (markera som läst)
         * @description Only the recipient may; marking it again changes nothing and answers the same.
         */
        post: operations["ReportBacks_markRead"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/report-backs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A participant's report-backs (återrapporteringar per deltagare)
         * @description Every report-back about the person, newest first, for anyone who may see the case.
         */
        get: operations["ReportBacks_listForParticipant"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/intervention-types": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the intervention catalogue (insatskatalogen)
         * @description Sorted by name; filter by active and category.
         */
        get: operations["InterventionTypes_list"];
        put?: never;
        /**
         * Add an intervention type (insats)
         * @description Names are unique in the municipality (409 INTERVENTION_TYPE_NAME_TAKEN). Audit-logged.
         */
        post: operations["InterventionTypes_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/intervention-types/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Change or retire an intervention type
         * @description Needs If-Match; a stale version answers 412. active: false retires the type: no new instances or placements, while what exists stays.
         */
        patch: operations["InterventionTypes_update"];
        trace?: never;
    };
    "/api/v1/sites": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List sites (arbetsträningsplatser, arbetsgivare)
         * @description Sorted by name; filter by active and kind.
         */
        get: operations["Sites_list"];
        put?: never;
        /**
         * Add a site
         * @description Names are unique in the municipality (409 SITE_NAME_TAKEN). unitId links the unit (type site) whose supervisors work here (422 SITE_UNIT_INVALID otherwise). Audit-logged.
         */
        post: operations["Sites_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/sites/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Change or close a site
         * @description Needs If-Match; a stale version answers 412. address and contact are replaced whole. The unit cannot change while placements at the site are open (409 INTERVENTION_INSTANCE_IN_USE).
         */
        patch: operations["Sites_update"];
        trace?: never;
    };
    "/api/v1/intervention-instances": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List intervention instances (insatser som erbjuds)
         * @description Sorted by name; filter by type, site, responsible unit, or a date the period contains.
         */
        get: operations["InterventionInstances_list"];
        put?: never;
        /**
         * Offer an intervention for a period (insats vid en plats eller hos en partner)
         * @description An active type, optionally an active site, the responsible AME unit, the period, places (capacity; left out = no limit) and cost in öre per month or per place and month. Audit-logged.
         */
        post: operations["InterventionInstances_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/intervention-instances/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Read an intervention instance with its occupancy today (beläggning)
         * @description occupancy counts placements started and not ended today; free is capacity minus that.
         */
        get: operations["InterventionInstances_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Change an intervention instance
         * @description Needs If-Match; a stale version answers 412. The site and the responsible unit cannot change while placements are open (409 INTERVENTION_INSTANCE_IN_USE): the relations to those people go through them. The period must keep every placement start inside it.
         */
        patch: operations["InterventionInstances_update"];
        trace?: never;
    };
    "/api/v1/work-teams": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List work teams (arbetslag)
         * @description Sorted by name; filter by instance.
         */
        get: operations["WorkTeams_list"];
        put?: never;
        /**
         * Add a work team to an intervention instance
         * @description Led by a supervisor (an active user with role supervisor; 422 SUPERVISOR_INVALID otherwise), with capacity 1–8 (default 8). Names are unique within the instance (409 WORK_TEAM_NAME_TAKEN).
         */
        post: operations["WorkTeams_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/work-teams/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Change or close a work team
         * @description Needs If-Match; a stale version answers 412. A new supervisor leads new placements; placements already in the team keep theirs until a coach moves them (PATCH /placements/:id).
         */
        patch: operations["WorkTeams_update"];
        trace?: never;
    };
    "/api/v1/placements": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Placements under an enrolment or of a participant, newest first
         * @description Give exactly one of enrolmentId and participantId. Needs the case view of the person; audit-logged.
         */
        get: operations["Placements_list"];
        put?: never;
        /**
         * Place an enrolled person in an intervention (placering)
         * @description Needs the case view of the person and ame_coach or unit_manager in the enrolment’s AME unit. The start must lie within the instance’s period and not before the enrolment. When the instance or the work team has no free place on the start date the answer is 409 PLACEMENT_CAPACITY_FULL, unless capacityOverrideReason is given: then the person is placed and the reason recorded. The first weekly schedule is valid from the start. The responsible unit gets a placement relation to the person and the supervisor (default the team’s) a supervision relation with the limited view. Parallel placements are allowed. The earliest placement start becomes the enrolment’s firstInterventionStart.
         */
        post: operations["Placements_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/placements/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Read a placement
         * @description Caseworkers, coaches and managers who see the person get the case view with the schedule history. The placement’s own supervisor (handledare), while supervising it, gets the name (masked for protected identity) and the current and coming schedule — never the identity number, plan, notes or enrolment.
         */
        get: operations["Placements_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Change the planned end, the supervisor or the work team
         * @description By a coach or manager of the AME unit the person is enrolled at, or of the unit responsible for the intervention (403 PLACEMENT_WRONG_UNIT for others who see the person). Needs If-Match; a stale version answers 412. A new supervisor takes over the supervision relation at once. Moving to another team of the same instance needs a free place there (409 PLACEMENT_CAPACITY_FULL) and brings the team’s supervisor unless supervisorId is given. An ended placement cannot change (409 PLACEMENT_ALREADY_ENDED).
         */
        patch: operations["Placements_update"];
        trace?: never;
    };
    "/api/v1/placements/{id}/expected-hours": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Expected attendance per day (förväntad närvaro)
         * @description For each day from `from` to `to` (at most 366 days): the minutes the schedule valid that day expects, none on röda dagar, on midsommarafton, julafton and nyårsafton, on unscheduled weekdays and outside the placement. What attendance is measured against. Same access as reading the placement.
         */
        get: operations["Placements_expectedHours"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/placements/{id}/schedules": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Change the weekly schedule from a date (nytt schema)
         * @description By a coach or manager of the AME unit the person is enrolled at, or of the unit responsible for the intervention (403 PLACEMENT_WRONG_UNIT for others who see the person). Adds a version valid from validFrom; earlier versions are never edited, so past attendance is still judged against the schedule that applied then. validFrom must be after the latest version (422 SCHEDULE_NOT_AFTER_LATEST) and not before the start (422 SCHEDULE_BEFORE_PLACEMENT_START). Back-dating to a past date is allowed only with a reason (422 SCHEDULE_BACKDATED_WITHOUT_REASON).
         */
        post: operations["Placements_addSchedule"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/placements/{id}/end": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * End a placement (avsluta placering)
         * @description By a coach or manager of the AME unit the person is enrolled at, or of the unit responsible for the intervention (403 PLACEMENT_WRONG_UNIT for others who see the person). The end date may not be in the future nor before the start (422 PLACEMENT_END_BEFORE_START). The unit’s placement relation and the supervisor’s relation end on that date. A second end answers 409.
         */
        post: operations["Placements_end"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/supervisor/placements": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The placements you supervise (handledare)
         * @description Your placements that have not ended, earliest start first, in the limited view: the name (masked for protected identity), where, and the current and coming schedule. Each person read is audit-logged.
         */
        get: operations["SupervisorPlacements_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/supervisor/work-teams": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The work teams you lead (mina arbetslag)
         * @description Active teams whose supervisor (handledare) you are, sorted by name: the team, its site and intervention, how many are placed in it today, and the link to today's day sheet (`todaySheet`, the team-day route /attendance/teams/{teamId}/days/{date}). A placement you supervise in a team led by someone else does not make the team yours. Audit-logged.
         */
        get: operations["SupervisorWorkTeams_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/closure-days": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The days the whole municipality closes (klämdagar)
         * @description Days closed (stängda dagar, klämdagar) are not scheduled days: no attendance is expected and none shows as not reported (ej rapporterad). A unit’s list overrides the municipality’s whole; a placement follows its site’s unit, else the unit responsible for the instance, else the municipality.
         */
        get: operations["ClosureDays_get"];
        /**
         * Set the days the whole municipality closes
         * @description Days closed (stängda dagar, klämdagar) are not scheduled days: no attendance is expected and none shows as not reported (ej rapporterad). A unit’s list overrides the municipality’s whole; a placement follows its site’s unit, else the unit responsible for the instance, else the municipality. The list replaces the one held. Needs If-Match (428 IF_MATCH_REQUIRED without, 412 STALE_VERSION when stale); a 400 names each field and rule broken. Audited.
         */
        put: operations["ClosureDays_update"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/closure-days/units/{unitId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The days a unit closes
         * @description Days closed (stängda dagar, klämdagar) are not scheduled days: no attendance is expected and none shows as not reported (ej rapporterad). A unit’s list overrides the municipality’s whole; a placement follows its site’s unit, else the unit responsible for the instance, else the municipality. While the unit has no list of its own, the municipality’s days are shown (inherited).
         */
        get: operations["ClosureDays_getUnit"];
        /**
         * Set the days a unit closes (overrides the municipality’s)
         * @description Days closed (stängda dagar, klämdagar) are not scheduled days: no attendance is expected and none shows as not reported (ej rapporterad). A unit’s list overrides the municipality’s whole; a placement follows its site’s unit, else the unit responsible for the instance, else the municipality. The list replaces the one held. Needs If-Match (428 IF_MATCH_REQUIRED without, 412 STALE_VERSION when stale); a 400 names each field and rule broken. Audited.
         */
        put: operations["ClosureDays_updateUnit"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/intervention-instances/{id}/funding": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The funding of an intervention instance (finansiering), period by period
         * @description The current funding periods of the instance, earliest first, or with ?on= the one covering that day. With ?history=true also the corrected (rättade) and withdrawn (återkallade) periods, with who, when and why (state, supersededAt, supersededBy, supersededById, correctionReason, withdrawalReason), so a revisor sees the funding a report used at the time.
         */
        get: operations["Funding_list"];
        put?: never;
        /**
         * Add a funding period (finansieringsperiod)
         * @description Each period names its funders (finansiärer) and their shares (andelar) in basis points, summing to exactly 100 % (10000) — 400 VALIDATION_FAILED with rule shares.sumTo100 otherwise; each funder once, none at 0. The period lies within the instance (422 FUNDING_OUTSIDE_INSTANCE_PERIOD) and shares no day with another current period of the instance (409 FUNDING_PERIOD_OVERLAP). Audit-logged.
         */
        post: operations["Funding_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/intervention-instances/{id}/funding/{periodId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Correct a funding period (rättelse): a new period supersedes it
         * @description The dates and the whole set of shares sent, with the reason (skäl), become a new current period (new id, version 1, supersedesId = this period; Location names it) that replaces this one. Nothing is overwritten: the period stays, marked superseded with who and when (supersededAt, supersededBy), and is listed with ?history=true. Needs If-Match; a stale version answers 412, a period already corrected or withdrawn 409 FUNDING_PERIOD_SUPERSEDED. A blank reason is 400. Each period names its funders (finansiärer) and their shares (andelar) in basis points, summing to exactly 100 % (10000) — 400 VALIDATION_FAILED with rule shares.sumTo100 otherwise; each funder once, none at 0. The period lies within the instance (422 FUNDING_OUTSIDE_INSTANCE_PERIOD) and shares no day with another current period of the instance (409 FUNDING_PERIOD_OVERLAP). Audit-logged.
         */
        put: operations["Funding_correct"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/intervention-instances/{id}/funding/{periodId}/withdrawal": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Withdraw a funding period (återkalla), with the reason
         * @description The period stops counting, with no period in its place: the days it covered have no recorded funding (state withdrawn, withdrawalReason). Nothing is overwritten: the period stays, marked superseded with who and when (supersededAt, supersededBy), and is listed with ?history=true. Needs If-Match; a stale version answers 412, a period already corrected or withdrawn 409 FUNDING_PERIOD_SUPERSEDED. A blank reason is 400.
         */
        post: operations["Funding_withdraw"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/enrolments/{enrolmentId}/plan": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The enrolment's development plan (utvecklingsplan)
         * @description The active plan, or the latest ended one when none is active; 404 PLAN_NOT_FOUND when the enrolment has no plan. Same body as GET /plans/{id}; the read is audit-logged.
         */
        get: operations["Plans_getForEnrolment"];
        put?: never;
        /**
         * Create the development plan (utvecklingsplan) of an enrolment
         * @description The development plan (utvecklingsplan, individuell planering, handlingsplan för egenförsörjning) of one enrolment (inskrivning): the participant's own goal, goals with target dates, planned interventions (insatser), strengths and obstacles, made together with the participant (i samråd). Saved as version 1. One active plan per enrolment: a second answers 409 PLAN_ALREADY_ACTIVE (change the plan with PUT /plans/{id} instead). The enrolment must be open (409 ENROLMENT_ALREADY_EXITED). Goals and planned interventions without an id get one that stays with them in later versions. Warnings on an active plan: no_job_focused_intervention = two or more interventions run in parallel and none is job-focused (arbetsinriktad; BIP: parallel job-focused and other interventions work best), no_dated_goal = no open goal has a target date (måldatum).
         */
        post: operations["Plans_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/plans/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Read a development plan (utvecklingsplan): current content, warnings and history
         * @description The current version's content, the warnings of an active plan, and the history: every version with who saved it, when, which fields changed and the change in words. Warnings on an active plan: no_job_focused_intervention = two or more interventions run in parallel and none is job-focused (arbetsinriktad; BIP: parallel job-focused and other interventions work best), no_dated_goal = no open goal has a target date (måldatum). The read is audit-logged.
         */
        get: operations["Plans_get"];
        /**
         * Save a new version of a development plan (utvecklingsplan)
         * @description Send the full new content and what changed in words (changeSummary); it is saved as a new, immutable version and the changed fields are recorded. Needs If-Match (428 without, 412 when stale). An ended plan cannot be changed (409 PLAN_ENDED); content equal to the current version answers 422 PLAN_UNCHANGED. Warnings on an active plan: no_job_focused_intervention = two or more interventions run in parallel and none is job-focused (arbetsinriktad; BIP: parallel job-focused and other interventions work best), no_dated_goal = no open goal has a target date (måldatum).
         */
        put: operations["Plans_update"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/plans/{id}/versions/{versionNo}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Read one saved version of a plan, exactly as it was saved
         * @description Versions are never changed. The read is audit-logged.
         */
        get: operations["Plans_getVersion"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/plans/{id}/end": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * End a development plan (avsluta utvecklingsplanen)
         * @description When its goals are met (goals_met), or before the enrolment exits (enrolment_exited): an enrolment with an active plan cannot exit (POST /enrolments/{id}/exit answers 409 ENROLMENT_HAS_OPEN_ITEMS listing the plan), so the coach ends the plan first. endedOn defaults to today, never in the future nor before the plan was made (422 PLAN_END_BEFORE_START). A second end answers 409 PLAN_ALREADY_ENDED.
         */
        post: operations["Plans_end"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/enrolments/{enrolmentId}/follow-ups": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * An enrolment's follow-up meetings (uppföljningsmöten) and where the rhythm stands
         * @description All meetings of the enrolment, the latest first (a handful a year, so not paged), and the rhythm today with the municipality's settings: Follow-up meeting (uppföljningsmöte) with the participant: by default due 6 weeks after the last one (or the enrolment start) and overdue after 8 weeks, configurable per municipality. Due from exactly the due weeks after the last meeting (or the enrolment start); still due on the day exactly the overdue weeks after; overdue from the day after. The read is audit-logged.
         */
        get: operations["FollowUps_list"];
        put?: never;
        /**
         * Record a follow-up meeting (uppföljningsmöte)
         * @description Follow-up meeting (uppföljningsmöte) with the participant: by default due 6 weeks after the last one (or the enrolment start) and overdue after 8 weeks, configurable per municipality. Records the day (not in the future, not before the enrolment start: 422 FOLLOW_UP_BEFORE_START), who took part, notes and the next meeting agreed on. A plan change made at the meeting (planChange: the full new content, changeSummary and the plan version it is based on) is saved as a new plan version linked to the meeting, in the same transaction (412 when stale, 409 PLAN_NOT_ACTIVE without an active plan). The enrolment must be open.
         */
        post: operations["FollowUps_record"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/participants/{participantId}/case-reviews": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A person's case reviews (genomgångar av ärende) and when the next is due
         * @description Case review (genomgång av ärende/tjänst): each person on an IFO caseload is reviewed twice a year by default — right benefit (rätt ersättning), registered at Arbetsförmedlingen, plan content reviewed — a checklist with an outcome. The next review is due the municipality's interval (6 months by default) after the last review, or after the person came onto an IFO caseload when there was none, and stays due until one is recorded. The read is audit-logged.
         */
        get: operations["CaseReviews_list"];
        put?: never;
        /**
         * Record a case review (genomgång av ärende)
         * @description Case review (genomgång av ärende/tjänst): each person on an IFO caseload is reviewed twice a year by default — right benefit (rätt ersättning), registered at Arbetsförmedlingen, plan content reviewed — a checklist with an outcome. By an IFO caseworker (socialsekreterare) for the caseload of one of their IFO units (unitId; needed only when they work in several). The person must be on that unit's caseload (422 CASE_REVIEW_NOT_ON_CASELOAD). reviewedOn is not in the future.
         */
        post: operations["CaseReviews_record"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/follow-up-settings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The municipality's follow-up rhythm
         * @description Weeks until a follow-up meeting (uppföljningsmöte) is due and overdue, and months between case reviews (genomgång av ärende). The defaults (6 / 8 weeks, 6 months) apply until set; then isDefault is false. The ETag header carries the version for If-Match ("0" for the defaults).
         */
        get: operations["FollowUpSettings_get"];
        /**
         * Set the municipality's follow-up rhythm
         * @description All three values; followUpOverdueWeeks must be at least followUpDueWeeks. Needs If-Match (428 without, 412 when stale). Takes effect at once for every due date computed from then on.
         */
        put: operations["FollowUpSettings_update"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/worklist": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * My work list (att göra)
         * @description What is due or overdue for you, computed from the data now: follow-up meetings (due 6 weeks after the last, overdue after 8, per the municipality), case reviews twice a year for the people you follow as IFO caseworker, plans without a dated goal, placements ending within 14 days (also for their supervisor), unread report-backs to you, referrals waiting for your units' decision, absence dialogues (frånvarodialoger) waiting for your part when it is your turn (AME first; IFO once AME has written its account; overdue past their deadline), attendance months not signed (attest) five working days after they ended, a coach's enrolments without a development plan, an IFO caseworker's unread attendance reports (närvarorapporter), and for a supervisor the scheduled days of their placements and teams that passed without a report and may still be reported (the back-reporting window; holidays and unscheduled days excluded). Each item links to its resource. Listing a person is audit-logged.
         */
        get: operations["Worklist_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/referrals/inbox": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The AME unit's inbox of referrals (inkomna aktualiseringar)
         * @description Referrals sent (skickad) to your AME units and waiting for a decision, the longest waiting first. Every listed person is audit-logged; protected identity is masked.
         */
        get: operations["Referrals_inbox"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/referrals/outbox": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Referrals your units sent (skickade aktualiseringar) and where they stand
         * @description Referrals from your units, newest first, optionally by status. Status of the referral (aktualisering/remiss): draft = utkast, sent = skickad, accepted = mottagen (leads to an inskrivning), returned = återvisad (with a reason; may be changed and sent again), withdrawn = återtagen. Only people you may see are listed; every listed person is audit-logged; protected identity is masked.
         */
        get: operations["Referrals_outbox"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/report-backs/inbox": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * My report-back inbox (inkorg för återrapporteringar)
         * @description Messages to you, unread first, then newest. Only messages about people you may still see are listed. Names of people with protected identity are masked. Every listing is audit-logged per person.
         */
        get: operations["ReportBacks_inbox"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/attendance/reports/inbox": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * My attendance reports (inkorg för närvarorapporter)
         * @description Signed (attesterade) months of people whose case you follow as IFO caseworker, unread first, then the latest signed. Every listing is audit-logged per person.
         */
        get: operations["AttendanceMonths_inbox"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/referrals/flow": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Measures of the referral flow (flödet från aktualisering till insats)
         * @description Referrals first sent in [from, to] (Europe/Stockholm days): counts per status, source and Kolada group; median and 90th percentile of days sent → decision, decision → enrolment, enrolment → first intervention and exit → re-entry; the returned share with reasons; re-entries. Aggregates only. A unit manager sees the units they manage (403 for another unit); an analyst any unit of the municipality.
         */
        get: operations["Flow_flow"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/statistics/kolada": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Kolada key figures for a period (Kommunal arbetsmarknadsstatistik)
         * @description U40800, U40803, U40806–U40810, U40824, U40811–U40819, U40827, U40820–U40823, U40455, U40406–U40418 and U40450–U40454 for the municipality or one AME unit, split T/K/M, each with the definition Steg uses (docs/statistics.md). Counts only: a value describing fewer than five people — or one that would give such a value away by subtraction — is null with suppressed = true. Reads the statistics replica when configured. A unit manager sees the units they manage (403 for another); an analyst, auditor or API key without a unit the whole municipality (404 for an unknown unit).
         */
        get: operations["Statistics_kolada"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/statistics/kolada.csv": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The Kolada year file (årsfil till Kolada/KAS)
         * @description One row per key figure and gender: KPI;Kommun;År;Kön;Värde;Status — the values of GET /statistics/kolada for the year, shares with one decimal and a decimal comma, an empty value with status suppressed (röjandeskydd) or undefined (0 of 0). Semicolon-separated UTF-8 with a BOM, for Swedish Excel. The same file as `npm run steg -- export kolada --year 2026`. Who may: as GET /statistics/kolada.
         */
        get: operations["Statistics_koladaFile"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/statistics/interventions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Effect and unit cost per intervention type and instance (effekt och styckkostnad per insats)
         * @description For the period and the instances of the unit (responsible unit) or municipality: participants, participant-days, attendance rate, exits by category A–E, work or studies within 90 days of the placement’s end, the cost (an estimate from the instance’s budget) and unit costs per participant, participant-day and exit to work or studies; per type also work or studies at the 6- and 12-month follow-ups after exit, the BIP change per indicator around the placements that ended in the period and the survey results (the groups of GET /survey-results, per type only for the whole municipality); the cost per funder (the funding periods in force, the rest unallocated — ej fördelad — summing exactly in öre) per instance, type and in all; and per agreement (LÖK, IOP, Finsam …) participants, participant-days, exits and the cost of its instances. Every definition is in the answer and in docs/statistics.md. A value describing fewer than five people is null with suppressed = true. Who may: as GET /statistics/kolada.
         */
        get: operations["Statistics_interventions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/statistics/combinations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Combinations of intervention types: parallel vs one at a time (parallellt eller stegvis)
         * @description For the exits of the period from the AME unit or municipality that had a placement: the sets of intervention types that ran in parallel (two placements of different types on the same day, at least one day) or one at a time (stegvis, trappstegsmodell), most common first, with people, the share of exits to work or studies (A, B), the share back on försörjningsstöd within 12 months (over exits whose 12 months have passed) and the mean BIP change in total score (first → last complete assessment of the enrolment); and the comparison parallel vs one at a time (seed 004). Combinations of fewer than five people are folded into övriga kombinationer, and the small-number rule hides what could give one to four people away, the totals included. Every definition is in the answer and in docs/statistics.md. Who may: as GET /statistics/kolada.
         */
        get: operations["Statistics_combinationsReport"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/statistics/flow": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The flow: in and out, time enrolled, re-entry, return to försörjningsstöd, Östersund’s goal, waiting
         * @description For the period and the AME unit or municipality: enrolments started and exits per month, time enrolled at exit (mean, median), re-entry to AME and return to försörjningsstöd within 12 months of an exit (over exits whose 12 months have passed), the share of people on försörjningsstöd in an intervention who exited to work (Östersund’s goal, seed 004) and waiting times from the waiting list to a placement. Every definition is in the answer and in docs/statistics.md; a value describing fewer than five people is null with suppressed = true.
         */
        get: operations["Statistics_flow"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/statistics/decisions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Consistency of decisions after absence dialogues (likabedömning)
         * @description Decisions in force made in the period (no action, warning, deduction) per band of unexcused days when the dialogue opened, for all, per IFO unit and per deciding caseworker — units and caseworkers under pseudonyms valid in this report only (Enhet A, Handläggare 1; `own` marks the caller’s units). A value describing fewer than five people, or giving one away by subtraction, is null with suppressed = true. A unit manager sees the units they manage.
         */
        get: operations["Statistics_decisions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/attendance-settings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The municipality's attendance settings (närvaroinställningar)
         * @description The back-reporting window, the unexcused-absence threshold that opens an absence dialogue, the dialogue's deadline, when a month's sign-off is due and the non-working helgdagsaftnar. The defaults apply until set (isDefault). The ETag header carries the version for If-Match ("0" for the defaults).
         */
        get: operations["AttendanceSettings_get"];
        /**
         * Set the municipality's attendance settings
         * @description Every value; a 400 names each field and rule broken. Needs If-Match (428 IF_MATCH_REQUIRED without, 412 STALE_VERSION when stale). Audited. Takes effect at once for every report, dialogue and deadline computed from then on.
         */
        put: operations["AttendanceSettings_update"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/attendance/teams/{teamId}/days/{date}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A work team’s day sheet (närvarolista)
         * @description Each placement of the team active that day: the name (masked for skyddade personuppgifter), expected minutes, the day’s status and the current entry with its version (send it back as basedOnVersion). A scheduled day that has passed without an entry is not_reported (ej rapporterad). Audit-logged per person.
         */
        get: operations["AttendanceReporting_teamDay"];
        /**
         * Report a work team’s day (närvaro per arbetslag)
         * @description The team’s supervisor (handledare), or a coach or manager of the unit responsible for the intervention, reports the day for the team’s placements active that day, in one transaction: each entry carries the version it was based on (0 for a new one), and one stale entry rejects the whole request with 412. Codes: present (närvaro, with presentMinutes in quarter hours), sick (sjuk), sick_child (vård av barn), approved_absence (beviljad ledighet), unexcused_absence (ogiltig frånvaro, opens an absence dialogue when the month reaches the threshold — never a deduction by itself), not_scheduled (ej planerad dag). Every change keeps its history (before, after, who, when, why).
         */
        put: operations["AttendanceReporting_reportTeamDay"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/attendance/placements/{id}/weeks/{isoWeek}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Report one person’s week (närvaro per vecka)
         * @description The placement’s supervisor (or its team’s), a coach or manager who sees the case, or an API key with scope attendance:write whose unit is the instance’s site unit or responsible unit, reports days of the ISO week (e.g. 2026-W12) in one transaction, each based on the version read (0 = new). Codes: present (närvaro, with presentMinutes in quarter hours), sick (sjuk), sick_child (vård av barn), approved_absence (beviljad ledighet), unexcused_absence (ogiltig frånvaro, opens an absence dialogue when the month reaches the threshold — never a deduction by itself), not_scheduled (ej planerad dag).
         */
        put: operations["AttendanceReporting_reportWeek"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/attendance/placements/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A placement’s attendance month (närvaro per månad)
         * @description Day by day: expected minutes from the schedule valid that day and the Swedish calendar, the status (scheduled, not_scheduled = ej planerad dag, holiday = röd dag or helgdagsafton, outside the placement), the entry with its version, or not_reported (ej rapporterad) for a scheduled day that has passed without one — never taken for närvaro or frånvaro. The supervisor sees their own placements; coaches, managers and IFO caseworkers who see the case. Audit-logged.
         */
        get: operations["AttendanceReporting_month"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/attendance/placements/{id}/days/{date}/history": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The history of one day’s attendance (ändringshistorik)
         * @description Every change of the day, oldest first: the value before and after, who, when, through what (web, api, import) and why. Same access as the month view. Audit-logged.
         */
        get: operations["AttendanceReporting_history"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/attendance/imports": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Import attendance from a CSV or XLSX file (närvaroimport)
         * @description For an integration script with an API key with scope attendance:write. The file goes base64-encoded in a JSON body. Every row is checked (codes also in Swedish: närvarande, sjuk, vård av barn, beviljad ledighet, ogiltig frånvaro, ej planerad dag) and written through the same path as the team-day report (channel import, history, month locks, versions: a row without version creates the entry, and one for a day already reported needs its current version). Rows only for placements whose intervention instance's site unit or responsible unit is the key's unit (a key without a unit: the municipality), and within the reporting window. All or nothing unless partial=true. Send an Idempotency-Key to retry an upload safely.
         */
        post: operations["AttendanceImport_upload"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/attendance/participants/{participantId}/months/{month}/sign": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Sign off a month (attest av månadens närvaro)
         * @description An AME coach who may see the case signs off the participant's month: it is locked (later changes need a reopening with a reason) and the report goes to the inbox of the IFO caseworker following the case. A month can be signed from its last working day (422 MONTH_NOT_ENDED before), once (409 MONTH_ALREADY_SIGNED).
         */
        post: operations["AttendanceMonths_sign"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/attendance/participants/{participantId}/months/{month}/reopen": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Reopen a signed month (återöppna attesterad månad)
         * @description Needs a reason (400 without), which is logged as an event and shown in the report to IFO. Only a signed month can be reopened (409 MONTH_NOT_SIGNED).
         */
        post: operations["AttendanceMonths_reopen"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/attendance/participants/{participantId}/months/{month}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The attendance report to IFO (närvarorapport till IFO)
         * @description Scheduled and present hours, absence per code (sjuk, vård av barn, beviljad ledighet, ogiltig frånvaro), unexcused days, not-reported days (ej rapporterade), each day’s line across parallel placements, who signed (attest) and when, reopenings with their reason, and the month’s frånvarodialog. Expected hours follow the schedule valid each day, without Swedish public holidays.
         */
        get: operations["AttendanceMonths_report"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/attendance/participants/{participantId}/months/{month}/report.csv": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The report to IFO as CSV (närvarorapport, CSV)
         * @description Semicolon-separated with a UTF-8 BOM and decimal commas, so Excel in Swedish opens it. One table per file, so it imports as it is: the day table by default (one row per day and placement, each naming the participant and personnummer), the month’s totals with `table=summary` (Uppgift;Värde). Times are Swedish local time; text cells a spreadsheet would read as a formula (=, +, -, @) start with an apostrophe. The file name names the month and the participant (skyddad when masked) with the end of their id, in `filename` (ASCII) and `filename*` (UTF-8). The export is audit-logged.
         */
        get: operations["AttendanceMonths_csv"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/attendance/participants/{participantId}/months/{month}/report.xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The report to IFO as XLSX (närvarorapport, Excel)
         * @description Sheets "Dagar" (the day table: real date cells in YYYY-MM-DD, a frozen header row and a filter) and "Sammanställning" (the participant with personnummer, totals, attest and reopenings in Swedish local time). Text cells a spreadsheet would read as a formula start with an apostrophe. File name as for the CSV. The export is audit-logged.
         */
        get: operations["AttendanceMonths_xlsx"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/attendance/reports/{monthId}/read": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Mark an attendance report read (markera som läst)
         * @description Only the IFO caseworker following the case; marking it again changes nothing.
         */
        post: operations["AttendanceMonths_markRead"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/attendance/dialogues": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Absence dialogues (frånvarodialoger)
         * @description Dialogues opened when ogiltig frånvaro in a month reached the threshold, of people you may see, earliest deadline first; filter by status and participant.
         */
        get: operations["AbsenceDialogues_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/attendance/dialogues/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One absence dialogue (frånvarodialog) */
        get: operations["AbsenceDialogues_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/attendance/dialogues/{id}/ame-account": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * AME's account (AME:s redogörelse)
         * @description The reason and context, and whether keeping times is itself a goal of the plan. Records who and when. Needs If-Match (412 STALE_VERSION when stale); a decided dialogue is closed (409 DIALOGUE_DECIDED).
         */
        put: operations["AbsenceDialogues_ameAccount"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/attendance/dialogues/{id}/participant-explanation": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * The participant's explanation (kommunicering)
         * @description The explanation and how it was obtained (meeting, phone, letter, digital), or failed_attempt with a note of the attempt: a recorded failed attempt lets IFO decide. Records who and when. Needs If-Match (412 STALE_VERSION when stale); a decided dialogue is closed (409 DIALOGUE_DECIDED).
         */
        put: operations["AbsenceDialogues_explanation"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/attendance/dialogues/{id}/ifo-assessment": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * IFO's assessment (IFO:s bedömning)
         * @description Records who and when. Needs If-Match (412 STALE_VERSION when stale); a decided dialogue is closed (409 DIALOGUE_DECIDED).
         */
        put: operations["AbsenceDialogues_assessment"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/attendance/dialogues/{id}/decisions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Decisions of a dialogue (beslut)
         * @description Oldest first, each with the decision that superseded it.
         */
        get: operations["AbsenceDialogues_decisions"];
        put?: never;
        /**
         * Record a decision (beslut: ingen åtgärd, varning, avdrag)
         * @description Only an IFO caseworker — never the supervisor or the coach (403). Refused (409 DIALOGUE_NOT_READY) until AME's account and the participant's explanation or a recorded failed attempt exist. A deduction (avdrag) needs amountOre > 0 and a period (400); Steg never computes or proposes an amount. Decisions are immutable: a later decision supersedes the latest one with supersedesId and supersedeReason (409 DIALOGUE_ALREADY_DECIDED without, 409 DECISION_ALREADY_SUPERSEDED for one already replaced).
         */
        post: operations["AbsenceDialogues_decide"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/imports/cases": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Import case history from the previous system (flytt av ärendehistorik)
         * @description For an administrator, or an integration script with an API key with scope cases:import (a key with a unit imports only into that unit). The file goes base64-encoded in a JSON body; one row per case: the person (registered when new, kept as they are when Steg has them), the referral (aktualisering) with its real days, the enrolment (inskrivning) and, for a closed case, the exit (avslut) with its Kolada category A–E. Every row is checked (identity number, days in order: inkom ≤ mottagen ≤ inskrivning ≤ avslut, a known source, an AME unit of the municipality, an active coach of the unit). All or nothing unless partial=true. Running the same file again changes nothing: its cases are found by person, unit and case number (or received day) and reported as alreadyImported. Imported referrals and enrolments are marked imported, and the flow's lead times leave them out.
         */
        post: operations["CaseImport_upload"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/survey-questions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The municipality's survey questions (brukaruppföljning)
         * @description The standard set — the ten Finsam items (Kolada U40460–U40469) on a 1–5 agree scale with "vet inte", and a free-text question — and the questions the municipality added; deactivated ones last. Questions are never edited: deactivate one and add another.
         */
        get: operations["SurveyQuestions_list"];
        put?: never;
        /**
         * Add a survey question
         * @description A statement on a scale (scaleMin–scaleMax, default 1–5 with the labels "Instämmer inte alls" … "Instämmer helt"; "vet inte" is always offered) or a free-text question, asked from now on in every survey not yet answered, after the existing questions.
         */
        post: operations["SurveyQuestions_add"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/survey-questions/{id}/deactivate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Deactivate a survey question
         * @description No longer asked; the answers it got stay, and stay in the results. Needs If-Match with the question's version (428 without, 412 when stale). 409 SURVEY_QUESTION_INACTIVE when already deactivated.
         */
        post: operations["SurveyQuestions_deactivate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/placements/{placementId}/survey": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Where a placement's survey (brukaruppföljning) stands
         * @description Due once the placement has ended (any end reason), until answered or declined. While due, the municipality's active questions to ask; the links sent. The answers themselves are never shown: they appear only aggregated (GET /survey-results). The read is audit-logged.
         */
        get: operations["Surveys_status"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/placements/{placementId}/survey/responses": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Enter the answers the participant gave in a meeting
         * @description Each answer names an active question: a value on its scale or dontKnow (vet inte) for a scale question, text for a free-text question; questions left out are unanswered. Once recorded, the answers cannot be changed by anyone (there is no route, and the database refuses an update).
         */
        post: operations["Surveys_respond"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/placements/{placementId}/survey/decline": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Record that the participant declined the survey (avböjt)
         * @description The survey is then no longer due. Declines are not counted as answers in the results.
         */
        post: operations["Surveys_decline"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/placements/{placementId}/survey/links": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Make a one-time link for the participant to answer on their own
         * @description The token (256 random bits) is in this answer only; the database keeps its SHA-256. The link works once, without sign-in, until it expires (validDays, default 14) or the survey is answered or declined another way. Send it to the participant; it shows only the questions.
         */
        post: operations["Surveys_createLink"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/survey-links/{token}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Open a survey through a one-time link
         * @description The survey's questions and nothing else: no name, no intervention, nothing about the person. No sign-in: the token is the key. Counted against the sign-in rate limit per client address (LOGIN_RATE_LIMIT_PER_MINUTE), so tokens cannot be guessed at speed.
         */
        get: operations["SurveyLinks_open"];
        put?: never;
        /**
         * Answer the survey through a one-time link
         * @description The answers as in a meeting (a value or dontKnow per scale question, text for free text; questions left out are unanswered). The link is used up; the answers are never changed. No sign-in: the token is the key. Counted against the sign-in rate limit per client address (LOGIN_RATE_LIMIT_PER_MINUTE), so tokens cannot be guessed at speed.
         */
        post: operations["SurveyLinks_answer"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/survey-links/{token}/decline": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Decline the survey through a one-time link (avböj)
         * @description Recorded as declined; the link is used up. No sign-in: the token is the key. Counted against the sign-in rate limit per client address (LOGIN_RATE_LIMIT_PER_MINUTE), so tokens cannot be guessed at speed.
         */
        post: operations["SurveyLinks_decline"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/survey-results": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Survey results per intervention (brukaruppföljning, Deltagarbedömning Finsam)
         * @description Answered surveys of placements ended in [from, to], per intervention type (or instance): per question the number who answered, "vet inte", and the count per scale value. A group of fewer than 5 answered surveys, and a question fewer than 5 answered, show no figures (suppressed). Free-text answers are counted, never shown. Declines are not answers.
         */
        get: operations["SurveyResults_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/enrolments/{enrolmentId}/bip-assessments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * An enrolment's BIP assessments and when the next is due
         * @description Every assessment of the enrolment (drafts, corrections and the superseded ones too), the latest first (a handful a year, so not paged), and the rhythm today: the baseline (nollmätning) is due on the enrolment start, then exactly the municipality's interval (default 3 months) after the last complete, not superseded assessment; still due through the grace days (default 14), overdue from the day after. Drafts do not count. due is null once the enrolment has exited. The read is audit-logged.
         */
        get: operations["BipAssessments_list"];
        put?: never;
        /**
         * Record a BIP assessment (progressionsmätning) under an enrolment
         * @description BIP (progressionsmätning): the eleven indicators (GET /bip-indicators) scored on the scale recorded with the assessment (the municipality's, default 1–5). Each item is answered by its respondent: the participant's self-assessment (självskattning), except caseworker_belief (handläggarens tro på att individen får jobb), which is the caseworker's alone; the caseworker may add their own view (caseworkerScore) beside any participant item. A draft (utkast) by default; complete: true completes it at once. The day is not in the future (400) and not before the enrolment start (422 BIP_ASSESSMENT_OUTSIDE_ENROLMENT); the enrolment must be open (409 ENROLMENT_ALREADY_EXITED). 400 names each item and rule at once: scores[i].score score.inScale, scores[i].indicatorCode indicatorCode.known / indicatorCode.unique, scores[i].answeredBy answeredBy.respondent, scores[i].caseworkerScore caseworkerScore.participantItem / caseworkerScore.inScale. Completing needs every indicator scored by its respondent: 422 BIP_ASSESSMENT_INCOMPLETE naming scores[<code>].score (score.required) for each one missing.
         */
        post: operations["BipAssessments_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/bip-assessments/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Read a BIP assessment
         * @description With its items in the indicators order; the ETag carries the version. Audit-logged.
         */
        get: operations["BipAssessments_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Change a draft BIP assessment
         * @description The day, the comment and the items (the items sent replace the draft's). A complete assessment is not changed: 409 BIP_ASSESSMENT_COMPLETE (correct it instead). Needs If-Match (428 without, 412 when stale). 400 names each item and rule at once: scores[i].score score.inScale, scores[i].indicatorCode indicatorCode.known / indicatorCode.unique, scores[i].answeredBy answeredBy.respondent, scores[i].caseworkerScore caseworkerScore.participantItem / caseworkerScore.inScale.
         */
        patch: operations["BipAssessments_update"];
        trace?: never;
    };
    "/api/v1/bip-assessments/{id}/complete": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Complete a draft BIP assessment (markera som klar)
         * @description Completing needs every indicator scored by its respondent: 422 BIP_ASSESSMENT_INCOMPLETE naming scores[<code>].score (score.required) for each one missing. Only complete assessments count (the series, the rhythm). Already complete: 409 BIP_ASSESSMENT_COMPLETE. Needs If-Match (428 without, 412 when stale).
         */
        post: operations["BipAssessments_complete"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/bip-assessments/{id}/corrections": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Correct a complete BIP assessment (rättelse)
         * @description A complete assessment is never edited: the correction is a new complete assessment, on the old one's scale, with the reason (skäl); it supersedes the old one, which stays as it was and no longer counts. A draft is changed instead (409 BIP_ASSESSMENT_DRAFT); an assessment already superseded is corrected through its correction (409 BIP_ASSESSMENT_SUPERSEDED). 400 names each item and rule at once: scores[i].score score.inScale, scores[i].indicatorCode indicatorCode.known / indicatorCode.unique, scores[i].answeredBy answeredBy.respondent, scores[i].caseworkerScore caseworkerScore.participantItem / caseworkerScore.inScale. Completing needs every indicator scored by its respondent: 422 BIP_ASSESSMENT_INCOMPLETE naming scores[<code>].score (score.required) for each one missing.
         */
        post: operations["BipAssessments_correct"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/participants/{participantId}/bip-progress": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A participant's BIP progress over time
         * @description Per enrolment: the series of complete, not superseded assessments (earliest first), the change per indicator from the baseline (nollmätning, the first) to the latest — null where a score is missing or the two were made on different scales — and the placements (placeringar) active between each two assessments in a row, so progress can be related to the interventions. Audit-logged.
         */
        get: operations["BipAssessments_progress"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/bip-indicators": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The eleven BIP indicators (indikatorer)
         * @description Reference data, the same for every municipality: the stable code an assessment names, the Swedish and English labels, the order, and who answers it (the participant, or the caseworker alone).
         */
        get: operations["BipSettings_indicators"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/bip-settings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The municipality's BIP rhythm and scale
         * @description Months between assessments (default 3), grace days before one is overdue (default 14) and the scale of new assessments (default 1–5). isDefault is true until set; the ETag carries the version ("0" for the defaults).
         */
        get: operations["BipSettings_get"];
        /**
         * Set the municipality's BIP rhythm and scale
         * @description All four values; scaleMax must be greater than scaleMin (400 scaleMax.aboveMin). Needs If-Match (428 without, 412 when stale). The rhythm applies at once; a new scale applies to assessments created from then on (each keeps the scale it was made with).
         */
        put: operations["BipSettings_update"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/enrolments/{enrolmentId}/outcome-follow-ups": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * An exited enrolment's follow-ups after exit and where each checkpoint stands
         * @description Follow-up after exit (uppföljning efter avslut): where the person stands some months after the exit — status working = arbetar, studying = studerar, assistance = tillbaka på försörjningsstöd, other = annat, unknown = okänt; source (källa) participant = deltagaren, employer = arbetsgivare, ifo_register = IFO:s register, arbetsformedlingen, other. Each checkpoint is due from exactly its months after the exit (31 Jan + 1 month = 28/29 Feb), still due on the last of the grace days, overdue from the day after, recorded once a current follow-up exists. Every record, corrections included. A coach or manager of the exited enrolment's AME unit keeps the case view of the person for this work until 90 days after the last checkpoint became overdue, though the relation has closed. The read is audit-logged.
         */
        get: operations["OutcomeFollowUps_list"];
        put?: never;
        /**
         * Record the follow-up after exit (uppföljning efter avslut) at a checkpoint
         * @description Follow-up after exit (uppföljning efter avslut): where the person stands some months after the exit — status working = arbetar, studying = studerar, assistance = tillbaka på försörjningsstöd, other = annat, unknown = okänt; source (källa) participant = deltagaren, employer = arbetsgivare, ifo_register = IFO:s register, arbetsformedlingen, other. By AME (coach or manager). A coach or manager of the exited enrolment's AME unit keeps the case view of the person for this work until 90 days after the last checkpoint became overdue, though the relation has closed. The enrolment must have exited (409 ENROLMENT_NOT_EXITED); checkpointMonths must be one of the municipality's checkpoints (422 OUTCOME_CHECKPOINT_UNKNOWN); observedOn not in the future (400) nor before the exit (422 OUTCOME_OBSERVED_BEFORE_EXIT). One current follow-up per checkpoint: a second answers 409 OUTCOME_FOLLOW_UP_ALREADY_RECORDED — correct it instead.
         */
        post: operations["OutcomeFollowUps_record"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/outcome-follow-ups/{id}/corrections": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Correct a follow-up after exit
         * @description Follow-up after exit (uppföljning efter avslut): where the person stands some months after the exit — status working = arbetar, studying = studerar, assistance = tillbaka på försörjningsstöd, other = annat, unknown = okänt; source (källa) participant = deltagaren, employer = arbetsgivare, ifo_register = IFO:s register, arbetsformedlingen, other. The corrected follow-up is a new record that supersedes this one, with the reason, who and when; the old one is kept (current = false). Needs If-Match (412 stale, 428 missing). A superseded follow-up is not corrected again (409 OUTCOME_FOLLOW_UP_SUPERSEDED).
         */
        post: operations["OutcomeFollowUps_correct"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/outcome-follow-up-settings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The municipality's checkpoints of the follow-up after exit
         * @description Months after the exit at which the outcome is followed up (default 1, 6, 12) and the grace days before a due follow-up is overdue (default 30). The ETag carries the version ("0" for the defaults).
         */
        get: operations["OutcomeFollowUps_getSettings"];
        /**
         * Set the municipality's checkpoints of the follow-up after exit
         * @description months ascending and distinct (1–36, at most 6), graceDays 0–180. Needs If-Match (428 without, 412 when stale). Takes effect at once for every due date computed from then on.
         */
        put: operations["OutcomeFollowUps_updateSettings"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/participants/{participantId}/assistance-periods": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A person's periods of försörjningsstöd, with their corrections
         * @description A period of försörjningsstöd (ekonomiskt bistånd): fromDate and toDate both inclusive, toDate null while it lasts; householdRole sökande (applicant) or medsökande (co_applicant). Periods of the same person may not share a day: a period ending on the day another starts overlaps it (the next one starts the day after); a one-day period has fromDate = toDate. Every record, superseded ones too (current = false), the latest start first. IFO and AME read; the read is audit-logged.
         */
        get: operations["AssistancePeriods_list"];
        put?: never;
        /**
         * Record a period of försörjningsstöd
         * @description A period of försörjningsstöd (ekonomiskt bistånd): fromDate and toDate both inclusive, toDate null while it lasts; householdRole sökande (applicant) or medsökande (co_applicant). Periods of the same person may not share a day: a period ending on the day another starts overlaps it (the next one starts the day after); a one-day period has fromDate = toDate. By an IFO caseworker (socialsekreterare). fromDate not in the future.
         */
        post: operations["AssistancePeriods_record"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/assistance-periods/{id}/corrections": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Correct a period of försörjningsstöd (also: end an open period)
         * @description A period of försörjningsstöd (ekonomiskt bistånd): fromDate and toDate both inclusive, toDate null while it lasts; householdRole sökande (applicant) or medsökande (co_applicant). Periods of the same person may not share a day: a period ending on the day another starts overlaps it (the next one starts the day after); a one-day period has fromDate = toDate. The corrected period is a new record that supersedes this one, with the reason, who and when; the old record is kept (current = false). Needs If-Match (412 stale, 428 missing). A superseded period is not corrected again (409 ASSISTANCE_PERIOD_SUPERSEDED).
         */
        post: operations["AssistancePeriods_correct"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/imports/assistance-periods": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Import periods of försörjningsstöd from the economic-assistance system
         * @description For an IFO caseworker (socialsekreterare: the people their units reach), or an integration script with an API key with scope assistance:import (a key with a unit: the people that unit reaches). The file goes base64-encoded in a JSON body; one row per period of försörjningsstöd (ekonomiskt bistånd): the person's identity number (any they have had; the import never registers people), från, till (empty while it lasts, both days inclusive) and hushållsroll (sökande/medsökande). A person unknown or not reached is one answer (rule person.reachable). A period sharing a day with a current period of the person (period.noOverlap) or with another row of the file (period.noOverlapInFile) is rejected. All or nothing unless partial=true. The periods are stored with origin imported; a period the person already has, current and the same, is reported as alreadyImported, so running the file again changes nothing. One audit event per person written.
         */
        post: operations["AssistanceImport_upload"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/partners": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List partners (samverkansparter)
         * @description Sorted by name, with their contact people; filter by type and active.
         */
        get: operations["Partners_list"];
        put?: never;
        /**
         * Add a partner (samverkanspart)
         * @description Arbetsförmedlingen, Försäkringskassan, the region, an employer, an IOP partner, another municipality, a samordningsförbund … with its contact people. Names are unique in the municipality (409 PARTNER_NAME_TAKEN). Organisationsnummer, NNNNNN-NNNN or 10 digits: Luhn check digit, third digit at least 2 (a legal person). A sole trader (enskild näringsidkare) trades under a personnummer: leave it out (personal data does not belong in organisation data). Stored and shown as NNNNNN-NNNN. A bad one is a 400 naming the rule (organisationNumber.format, .legalPerson, .checkDigit). Audit-logged.
         */
        post: operations["Partners_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/partners/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A partner (samverkanspart) with its contact people */
        get: operations["Partners_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Change or retire a partner
         * @description Needs If-Match; a stale version answers 412. active false retires it; agreements stay.
         */
        patch: operations["Partners_update"];
        trace?: never;
    };
    "/api/v1/partners/{id}/contacts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Add a contact person (kontaktperson) to a partner: organisation staff's work details */
        post: operations["Partners_addContact"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/partners/{id}/contacts/{contactId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Change or retire a contact person
         * @description Needs If-Match (the contact’s version). A contact is never deleted (involvements may name them): active false retires them.
         */
        patch: operations["Partners_updateContact"];
        trace?: never;
    };
    "/api/v1/agreements": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List agreements (överenskommelser), e.g. those in force on a day
         * @description Sorted by title. inForceOn=YYYY-MM-DD keeps those in force that day. An agreement is in force (gäller) from validFrom through validTo, both included; without validTo until further notice. The person responsible sees it on the work list (agreement_expiring) from 60 days before validTo through validTo itself.
         */
        get: operations["Agreements_list"];
        put?: never;
        /**
         * Record an agreement (överenskommelse, LÖK, IOP, arbetsträningsavtal, Finsam)
         * @description local_agreement = lokal överenskommelse (LÖK) med Arbetsförmedlingen, cooperation_agreement = annan överenskommelse/samverkansavtal, iop = idéburet offentligt partnerskap, work_training = en arbetsgivares avtal om arbetsträningsplatser, finsam = överenskommelse inom samordningsförbund (finansiell samordning), other = övrigt. Parties are partners of the municipality (422 AGREEMENT_PARTY_INVALID naming the index); the municipality itself is always a party. Goals (mål) each say how they are followed up. The responsible person is an active staff member (422 AGREEMENT_RESPONSIBLE_INVALID). An agreement is in force (gäller) from validFrom through validTo, both included; without validTo until further notice. The person responsible sees it on the work list (agreement_expiring) from 60 days before validTo through validTo itself. Audit-logged.
         */
        post: operations["Agreements_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/agreements/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** An agreement (överenskommelse) with its parties and goals */
        get: operations["Agreements_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Change, extend or end an agreement
         * @description Needs If-Match; a stale version answers 412. partnerIds and goals are replaced whole. A later validTo extends it (förlängning); validTo null makes it open-ended.
         */
        patch: operations["Agreements_update"];
        trace?: never;
    };
    "/api/v1/enrolments/{enrolmentId}/partner-involvements": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The partners involved in the enrolment (samverkan i ärendet)
         * @description A partner’s involvement in the enrolment (samverkan i ärendet): which partner (samverkanspart) and contact person, what they do, from when to when, and the agreement (överenskommelse) it runs under. Earliest first. The read is audit-logged.
         */
        get: operations["PartnerInvolvements_list"];
        put?: never;
        /**
         * Record a partner’s involvement in the enrolment (samverkan i ärendet)
         * @description A partner’s involvement in the enrolment (samverkan i ärendet): which partner (samverkanspart) and contact person, what they do, from when to when, and the agreement (överenskommelse) it runs under. The enrolment must be open (409 ENROLMENT_ALREADY_EXITED); fromDate not before its start (422 PARTNER_INVOLVEMENT_BEFORE_ENROLMENT); the partner active (422 PARTNER_INVOLVEMENT_PARTNER_INVALID), the contact one of the partner's (422 PARTNER_INVOLVEMENT_CONTACT_INVALID), the agreement one of your municipality's (422 AGREEMENT_INVALID). Case data: audit-logged.
         */
        post: operations["PartnerInvolvements_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/enrolments/{enrolmentId}/partner-involvements/{involvementId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Change or end a partner’s involvement
         * @description Needs If-Match; a stale version answers 412. toDate ends it (null: ongoing again). The partner does not change: record a new involvement. Audit-logged with the fields changed.
         */
        patch: operations["PartnerInvolvements_update"];
        trace?: never;
    };
    "/api/v1/participants/{participantId}/sips": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A participant's SIPs (samordnade individuella planer), the latest first
         * @description The read is audit-logged.
         */
        get: operations["Sips_list"];
        put?: never;
        /**
         * Start a SIP (samordnad individuell plan) for a participant, as a draft
         * @description SIP, samordnad individuell plan (SoL 2 kap. 7 §, HSL 16 kap. 4 §): who of the municipality, the region and others does what for the participant. People outside the municipality (Region, Försäkringskassan, Arbetsförmedlingen, another municipality, school …) are recorded as structured text, never given a login, and only while the participant's consent to SIP (samtycke) holds; närstående only while that consent includes them (relativesIncluded) — else 422 SIP_CONSENT_REQUIRED naming the field (externalParties, relatives) and the rule. A withdrawn consent (consent.withdrawnOn) therefore removes them in the same version; earlier versions keep who took part while it held. Saved as version 1 in draft (utkast); the creator is its coordinator (samordnare) and gets a work-list item (sip_follow_up) once its follow-up date has passed.
         */
        post: operations["Sips_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/sips/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Read a SIP: current content, meetings and history
         * @description SIP, samordnad individuell plan (SoL 2 kap. 7 §, HSL 16 kap. 4 §): who of the municipality, the region and others does what for the participant. People outside the municipality (Region, Försäkringskassan, Arbetsförmedlingen, another municipality, school …) are recorded as structured text, never given a login, and only while the participant's consent to SIP (samtycke) holds; närstående only while that consent includes them (relativesIncluded) — else 422 SIP_CONSENT_REQUIRED naming the field (externalParties, relatives) and the rule. A withdrawn consent (consent.withdrawnOn) therefore removes them in the same version; earlier versions keep who took part while it held. Every version with who saved it, when and what changed. The read is audit-logged.
         */
        get: operations["Sips_get"];
        /**
         * Save a new version of a SIP
         * @description Send the full new content and what changed in words (changeSummary); it is saved as a new, immutable version with the changed fields. Needs If-Match (428 without, 412 when stale). A closed SIP cannot be changed (409 SIP_CLOSED); content equal to the current version answers 422 SIP_UNCHANGED. SIP, samordnad individuell plan (SoL 2 kap. 7 §, HSL 16 kap. 4 §): who of the municipality, the region and others does what for the participant. People outside the municipality (Region, Försäkringskassan, Arbetsförmedlingen, another municipality, school …) are recorded as structured text, never given a login, and only while the participant's consent to SIP (samtycke) holds; närstående only while that consent includes them (relativesIncluded) — else 422 SIP_CONSENT_REQUIRED naming the field (externalParties, relatives) and the rule. A withdrawn consent (consent.withdrawnOn) therefore removes them in the same version; earlier versions keep who took part while it held.
         */
        put: operations["Sips_update"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/sips/{id}/versions/{versionNo}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Read one saved version of a SIP, exactly as it was saved
         * @description Versions are never changed. The read is audit-logged.
         */
        get: operations["Sips_getVersion"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/sips/{id}/activate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Start a drafted SIP (draft → active)
         * @description Needs If-Match (428 without, 412 when stale). Needs a consent that holds, at least one need and one measure, who holds overall responsibility (huvudansvar) and a follow-up date: 422 SIP_NOT_READY naming every missing field. 409 SIP_ALREADY_ACTIVE, SIP_CLOSED.
         */
        post: operations["Sips_activate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/sips/{id}/close": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Close a SIP (avsluta), with a reason
         * @description Needs If-Match (428 without, 412 when stale). A draft or an active SIP is closed with a reason, recording who closed it; closedOn defaults to today, never in the future nor before the SIP was started (422 SIP_CLOSE_BEFORE_START). A closed SIP is history (409 SIP_CLOSED on any change).
         */
        post: operations["Sips_close"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/sips/{id}/meetings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Record a SIP meeting (SIP-möte)
         * @description When it was held (not in the future), whether the participant took part, which of the SIP’s units, external parties and närstående took part (422 SIP_ATTENDEE_INVALID for anyone the current version does not name — so the consent rule holds for meetings too) and notes. 409 SIP_CLOSED.
         */
        post: operations["Sips_recordMeeting"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/waiting-list-entries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Waiting-list entries (kö) you may see, in queue order
         * @description Priority 1 first, then whoever has waited longest. Filter by instance (its list), by person, and by status (default open; placed and removed keep their waiting time).
         */
        get: operations["WaitingList_list"];
        put?: never;
        /**
         * Put a person on an intervention’s waiting list (sätta i kö)
         * @description For ame_coach or unit_manager of the AME unit of the person’s open enrolment (403 WAITING_LIST_WRONG_UNIT). Only when the instance is full today: with a free place, or no limit, the answer is 422 WAITING_LIST_INSTANCE_NOT_FULL — place the person instead. One open entry per person and instance (409 WAITING_LIST_ALREADY_QUEUED); not for someone already placed there (409 WAITING_LIST_ALREADY_PLACED). An open entry stops the enrolment’s exit until it is placed or removed. Audit-logged.
         */
        post: operations["WaitingList_queue"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/waiting-list-entries/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One waiting-list entry */
        get: operations["WaitingList_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/waiting-list-entries/{id}/placement": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Close an entry as placed (placerad från kön), keeping the waiting time
         * @description Names the placement made in the instance (POST /placements, with capacityOverrideReason if still full). The wait ends on the placement’s start: waitingDays = start − waitingSince. The placement must be this person's in this instance, starting on or after waitingSince (422 WAITING_LIST_PLACEMENT_INVALID). For ame_coach or unit_manager of the AME unit the person is enrolled at or of the unit responsible for the instance (403 WAITING_LIST_WRONG_UNIT). Needs If-Match; a stale version answers 412. A closed entry answers 409 WAITING_LIST_ENTRY_CLOSED. Audit-logged.
         */
        post: operations["WaitingList_place"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/waiting-list-entries/{id}/removal": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Remove a person from a waiting list with a reason (ta bort ur kön)
         * @description The wait ends today; the entry stays with its waiting time and the reason. For ame_coach or unit_manager of the AME unit the person is enrolled at or of the unit responsible for the instance (403 WAITING_LIST_WRONG_UNIT). Needs If-Match; a stale version answers 412. A closed entry answers 409 WAITING_LIST_ENTRY_CLOSED. Audit-logged.
         */
        post: operations["WaitingList_remove"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/deviations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Deviations and complaints you may see
         * @description Your own reports and those of the units you manage, the latest reported first; filter by state, category, kind, unit, participant and reported day. Visible to the one who reported it and to a unit manager of the unit it concerns; a deviation that names a participant only to those of them who also reach that person (others get 404, and it is absent from their lists).
         */
        get: operations["Deviations_list"];
        put?: never;
        /**
         * Report a deviation (avvikelse) or register a complaint (klagomål)
         * @description A deviation (avvikelse: a deficiency noticed in the work) or complaint (klagomål from a participant, partner, relative or other) raised to the unit manager (enhetschef) of the unit it concerns. For one of your units, with what happened, when (not in the future), category, severity and optionally the participant it concerns (you must reach that person: 404 otherwise). A complaint names who complained. Categories: attendance_reporting = närvarorapportering, information_sharing = informationsöverföring/samverkan, treatment = bemötande, safety = säkerhet/arbetsmiljö, it = IT-system, other = övrigt.
         */
        post: operations["Deviations_report"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/deviations/summary": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Deviations per month and category (statistics)
         * @description Counts of deviations and complaints reported in [from, to] per month and category, with how many were complaints and how many are closed: the units you manage (exact counts), or the whole municipality for an analyst, with small-number suppression (röjandeskydd): a month and category of 1–4 deviations is returned with null counts and suppressed: true; when exactly one row of a month is hidden, the next-smallest row of that month is hidden too (no subtraction from the month's total); in a row shown, complaints or closed of 1–4 are null. Zero is shown.
         */
        get: operations["Deviations_summaryOf"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/deviations/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One deviation or complaint with its history
         * @description Every step (who, when), the analysis and measures, and what you may do next. States: reported (anmäld) → under_investigation (utreds) → measures_decided (åtgärder beslutade) → closed (avslutad); nothing is skipped.
         */
        get: operations["Deviations_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/deviations/{id}/investigation": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Start the investigation (utredning): reported → under_investigation
         * @description Only a unit manager (enhetschef) of the unit it concerns; another unit’s manager gets 404 and nothing changes. Needs If-Match (412 STALE_VERSION when stale). The step is kept with who and when.
         */
        post: operations["Deviations_investigate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/deviations/{id}/measures": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Decide measures (besluta åtgärder): under_investigation → measures_decided
         * @description With the manager's analysis (analys), required to leave the investigation, and the measures. Only a unit manager (enhetschef) of the unit it concerns; another unit’s manager gets 404 and nothing changes. Needs If-Match (412 STALE_VERSION when stale). The step is kept with who and when.
         */
        post: operations["Deviations_decideMeasures"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/deviations/{id}/closure": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Close (avsluta): measures_decided → closed
         * @description Records who closed it and when. Only a unit manager (enhetschef) of the unit it concerns; another unit’s manager gets 404 and nothing changes. Needs If-Match (412 STALE_VERSION when stale). The step is kept with who and when.
         */
        post: operations["Deviations_close"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        AuditEventDto: {
            /** Format: uuid */
            id: string;
            /** @description Which of the municipality's hash chains holds the event; writers append to different chains so that they need not wait for each other */
            chain: number;
            /** @description Position in its hash chain, from 1 */
            seq: number;
            /** Format: date-time */
            occurredAt: string;
            /**
             * Format: uuid
             * @description The staff user, if any
             */
            userId: string | null;
            /**
             * Format: uuid
             * @description The API key, if any
             */
            apiKeyId: string | null;
            /** @description The caller's roles at the time */
            roles: string[];
            /**
             * Format: uuid
             * @description The unit through which access was granted
             */
            unitId: string | null;
            /** @enum {string} */
            action: "view" | "search" | "create" | "update" | "delete" | "export";
            /**
             * @description success, or denied (nekad åtkomst)
             * @enum {string}
             */
            outcome: "success" | "denied";
            /** @example participant */
            resourceType: string;
            /** Format: uuid */
            resourceId: string | null;
            /**
             * Format: uuid
             * @description Whose data (deltagare)
             */
            participantId: string | null;
            /** @example GET /api/v1/participants/:id */
            route: string | null;
            ip: string | null;
            /** @description Correlation id of the request */
            requestId: string | null;
            /** @description The person has protected identity (skyddade personuppgifter) */
            protectedPerson: boolean;
            /** @description Non-personal context: counts, filter names, reason codes */
            details: {
                [key: string]: string | number | boolean;
            } | null;
        };
        AuditEventPageDto: {
            /** @description Newest first */
            items: components["schemas"]["AuditEventDto"][];
            /** @description Cursor for the next page; null on the last */
            nextCursor: string | null;
        };
        LoginDto: {
            /**
             * @description Username (användarnamn)
             * @example coach
             */
            username: string;
            /**
             * Format: password
             * @description Password (lösenord)
             * @example steg-demo-coach
             */
            password: string;
        };
        TokenDto: {
            /** @description Short-lived JWT: send it as Authorization: Bearer <accessToken> */
            accessToken: string;
            /** @example Bearer */
            tokenType: string;
            /**
             * @description Seconds until the token expires
             * @example 900
             */
            expiresIn: number;
        };
        MembershipDto: {
            /** Format: uuid */
            unitId: string;
            /** @description Unit name (enhet) */
            unitName: string;
            /** @enum {string} */
            unitType: "ifo" | "ame" | "site" | "other";
            /** @enum {string} */
            role: "ifo_caseworker" | "ame_coach" | "supervisor" | "unit_manager" | "analyst" | "admin" | "auditor";
        };
        MeDto: {
            /** Format: uuid */
            id: string;
            username: string;
            displayName: string;
            /** Format: uuid */
            municipalityId: string;
            /** @description Municipality (kommun) */
            municipalityName: string;
            memberships: components["schemas"]["MembershipDto"][];
            permissions: "protected_identity"[];
        };
        UnitDto: {
            /** Format: uuid */
            id: string;
            /**
             * @description Unit name (enhet)
             * @example AME Norr
             */
            name: string;
            /** @enum {string} */
            type: "ifo" | "ame" | "site" | "other";
            /**
             * Format: uuid
             * @description Parent unit
             */
            parentId?: string | null;
            /** @description False for a closed unit: its memberships grant nothing */
            active: boolean;
            /**
             * @description Row version; send it back as If-Match: "<version>"
             * @example 1
             */
            version: number;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
        };
        UnitPageDto: {
            items: components["schemas"]["UnitDto"][];
            /** @description Cursor for the next page */
            nextCursor?: string | null;
        };
        CreateUnitDto: {
            /**
             * @description Unit name (enhet), unique in the municipality
             * @example AME Norr
             */
            name: string;
            /**
             * @description ifo = individ- och familjeomsorg, ame = arbetsmarknadsenhet, site = work site (arbetsplats), other
             * @enum {string}
             */
            type: "ifo" | "ame" | "site" | "other";
            /**
             * Format: uuid
             * @description The unit above this one (överordnad enhet), in the same municipality
             */
            parentId?: string | null;
        };
        UpdateUnitDto: {
            /** @description Unit name (enhet), unique in the municipality */
            name?: string;
            /**
             * Format: uuid
             * @description New parent unit; null makes the unit a top-level unit
             */
            parentId?: string | null;
            /** @description False closes the unit: its memberships stop granting access (roles are read per request) */
            active?: boolean;
        };
        StaffUserDto: {
            /** Format: uuid */
            id: string;
            /** @example anna.andersson */
            username: string;
            /** @example Anna Andersson */
            displayName: string;
            /** @description Whether the user has a password for local sign-in */
            hasPassword: boolean;
            /** @description Identity provider's subject (OIDC) */
            externalSubject?: string | null;
            permissions: "protected_identity"[];
            /** @description False: the user cannot sign in and old tokens stop working */
            active: boolean;
            memberships: components["schemas"]["MembershipDto"][];
            /**
             * @description Row version; send it back as If-Match: "<version>"
             * @example 1
             */
            version: number;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
        };
        StaffUserPageDto: {
            items: components["schemas"]["StaffUserDto"][];
            /** @description Cursor for the next page */
            nextCursor?: string | null;
        };
        MembershipInputDto: {
            /**
             * Format: uuid
             * @description A unit (enhet) of your municipality
             */
            unitId: string;
            /**
             * @description The role the user holds in that unit
             * @enum {string}
             */
            role: "ifo_caseworker" | "ame_coach" | "supervisor" | "unit_manager" | "analyst" | "admin" | "auditor";
        };
        CreateUserDto: {
            /**
             * @description Username (användarnamn): 3–64 of a-z, 0-9, dot, underscore, hyphen; unique
             * @example anna.andersson
             */
            username: string;
            /**
             * @description Name shown to colleagues
             * @example Anna Andersson
             */
            displayName: string;
            /**
             * Format: password
             * @description For local sign-in; leave out for a user who signs in only through the identity provider
             */
            password?: string;
            /** @description The identity provider's claim value this user is matched on (OIDC) */
            externalSubject?: string;
            /** @description protected_identity: sees skyddade personuppgifter unmasked */
            permissions?: "protected_identity"[];
            /** @description Roles in units (may be empty) */
            memberships: components["schemas"]["MembershipInputDto"][];
        };
        UpdateUserDto: {
            /** @description Name shown to colleagues */
            displayName?: string;
            /** @description False signs the user out at once: tokens stop working */
            active?: boolean;
            /** @description Replaces the permissions */
            permissions?: "protected_identity"[];
            /**
             * Format: password
             * @description A new password; null removes local sign-in
             */
            password?: string | null;
            /** @description The identity provider's subject; null unlinks the user from the provider */
            externalSubject?: string | null;
        };
        ReplaceMembershipsDto: {
            /** @description The complete new set (may be empty) */
            memberships: components["schemas"]["MembershipInputDto"][];
        };
        ApiKeyDto: {
            /** Format: uuid */
            id: string;
            name: string;
            /**
             * @description The key starts steg_<prefix>_ — safe to show
             * @example a1b2c3d4e5f6
             */
            prefix: string;
            scopes: ("attendance:write" | "statistics:read" | "cases:import" | "assistance:import" | "metrics:read")[];
            /** Format: uuid */
            unitId?: string | null;
            /**
             * Format: uuid
             * @description The admin who created the key
             */
            createdBy: string;
            /** Format: date-time */
            createdAt: string;
            /**
             * Format: date-time
             * @description To the minute
             */
            lastUsedAt?: string | null;
            /** Format: date-time */
            revokedAt?: string | null;
            /** Format: uuid */
            revokedBy?: string | null;
        };
        ApiKeyPageDto: {
            items: components["schemas"]["ApiKeyDto"][];
            /** @description Cursor for the next page */
            nextCursor?: string | null;
        };
        CreateApiKeyDto: {
            /**
             * @description What the key is for
             * @example Närvaro från arbetsplatsens terminal
             */
            name: string;
            /** @description What the key may do */
            scopes: ("attendance:write" | "statistics:read" | "cases:import" | "assistance:import" | "metrics:read")[];
            /**
             * Format: uuid
             * @description The unit whose data the key works on (e.g. a work site), in your municipality
             */
            unitId?: string;
        };
        CreatedApiKeyDto: {
            /** Format: uuid */
            id: string;
            name: string;
            /**
             * @description The key starts steg_<prefix>_ — safe to show
             * @example a1b2c3d4e5f6
             */
            prefix: string;
            scopes: ("attendance:write" | "statistics:read" | "cases:import" | "assistance:import" | "metrics:read")[];
            /** Format: uuid */
            unitId?: string | null;
            /**
             * Format: uuid
             * @description The admin who created the key
             */
            createdBy: string;
            /** Format: date-time */
            createdAt: string;
            /**
             * Format: date-time
             * @description To the minute
             */
            lastUsedAt?: string | null;
            /** Format: date-time */
            revokedAt?: string | null;
            /** Format: uuid */
            revokedBy?: string | null;
            /**
             * @description The key, shown this once: send it as Authorization: ApiKey <key>. Only a hash is stored, so a lost key cannot be shown again; revoke it and create a new one.
             * @example steg_a1b2c3d4e5f6_…
             */
            key: string;
        };
        DirectoryUnitDto: {
            /** Format: uuid */
            id: string;
            /**
             * @description Unit name (enhet)
             * @example AME Norr
             */
            name: string;
            /**
             * @description ifo = individ- och familjeomsorg, ame = arbetsmarknadsenhet, site = work site (arbetsplats), other
             * @enum {string}
             */
            type: "ifo" | "ame" | "site" | "other";
            /**
             * Format: uuid
             * @description Parent unit (överordnad enhet)
             */
            parentId?: string | null;
        };
        DirectoryUnitPageDto: {
            items: components["schemas"]["DirectoryUnitDto"][];
            /** @description Cursor for the next page */
            nextCursor?: string | null;
        };
        IdentifierHistoryDto: {
            /** @enum {string} */
            kind: "personnummer" | "samordningsnummer";
            /**
             * @description YYYYMMDD-NNNK
             * @example 19900101-0017
             */
            identityNumber: string;
            /** @description Whether this is the number in use now */
            current: boolean;
            /** Format: date-time */
            validFrom: string;
            /** Format: date-time */
            replacedAt?: string | null;
            reason?: string | null;
        };
        AddressResponseDto: {
            street?: string | null;
            postalCode?: string | null;
            city?: string | null;
        };
        SocialAssistanceResponseDto: {
            /** @description Receives försörjningsstöd */
            receives: boolean;
            since?: string | null;
        };
        ConsentDto: {
            /** Format: uuid */
            id: string;
            parties: ("ifo" | "ame" | "arbetsformedlingen" | "forsakringskassan" | "region" | "other_municipality" | "employer" | "other")[];
            namedPartners: string[];
            covers: string;
            /** @example 2026-03-16 */
            givenOn: string;
            validUntil?: string | null;
            /** @description Withdrawn (återkallat) on */
            withdrawnOn?: string | null;
            /** Format: uuid */
            recordedBy: string;
            /** Format: date-time */
            recordedAt: string;
        };
        ParticipantDto: {
            /** Format: uuid */
            id: string;
            /** @description True when protected identity hides name, number, address and contact details */
            masked: boolean;
            /** @example 19900101-0017 */
            identityNumber?: string | null;
            /** @enum {string|null} */
            identityKind?: "personnummer" | "samordningsnummer" | null;
            /** @description No identity number yet (reservnummer): to be completed */
            identityIncomplete: boolean;
            identifiers: components["schemas"]["IdentifierHistoryDto"][];
            /** @example 1990-01-01 */
            birthDate?: string | null;
            /** @example Anna */
            firstName: string;
            /** @example Andersson */
            lastName: string;
            /** @enum {string} */
            gender: "woman" | "man" | "other" | "not_stated";
            preferredLanguage?: string | null;
            interpreterNeeded: boolean;
            email?: string | null;
            phone?: string | null;
            address: components["schemas"]["AddressResponseDto"];
            /** @enum {string} */
            educationLevel: "post_secondary" | "upper_secondary" | "compulsory" | "compulsory_not_completed" | "unknown";
            /** @enum {string} */
            timeWithoutWork: "under_6_months" | "6_to_24_months" | "over_24_months" | "unknown";
            inEstablishmentProgramme: boolean;
            registeredAtArbetsformedlingen: boolean;
            socialAssistance: components["schemas"]["SocialAssistanceResponseDto"];
            /** @enum {string} */
            protection: "none" | "confidentiality_marked" | "protected_registration";
            consents: components["schemas"]["ConsentDto"][];
            /** Format: uuid */
            registeredByUnitId: string;
            /** @description Row version; also the ETag */
            version: number;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
        };
        ParticipantForSupervisorDto: {
            /** Format: uuid */
            id: string;
            masked: boolean;
            firstName: string;
            lastName: string;
        };
        AddressDto: {
            /**
             * @description Street address (gatuadress)
             * @example Storgatan 1
             */
            street?: string | null;
            /**
             * @description Postal code (postnummer), five digits
             * @example 831 30
             */
            postalCode?: string | null;
            /**
             * @description Post town (postort)
             * @example Östersund
             */
            city?: string | null;
        };
        SocialAssistanceDto: {
            /** @description Receives försörjningsstöd (ekonomiskt bistånd) */
            receives: boolean;
            /**
             * Format: date
             * @description Since when (YYYY-MM-DD)
             * @example 2025-09-01
             */
            since?: string | null;
        };
        CreateParticipantDto: {
            /**
             * @description Personnummer or samordningsnummer: 10 or 12 digits, with or without - (or + from the year the person turns 100); blanks around it are ignored. Leave out for a person without a number (reservnummer): then birthDate is required.
             * @example 19900101-0017
             */
            identityNumber?: string;
            /**
             * @description Birth date, required without an identity number
             * @example 1990-01-01
             */
            birthDate?: string;
            /**
             * @description First name (förnamn)
             * @example Anna
             */
            firstName: string;
            /**
             * @description Last name (efternamn)
             * @example Andersson
             */
            lastName: string;
            /**
             * Format: uuid
             * @description The registering unit; needed only when you work in several IFO/AME units
             */
            unitId?: string;
            /**
             * @description Gender as stated by the person (kön enligt egen uppgift)
             * @enum {string}
             */
            gender?: "woman" | "man" | "other" | "not_stated";
            /**
             * @description Preferred language (språk)
             * @example arabiska
             */
            preferredLanguage?: string | null;
            /** @description Needs an interpreter (behov av tolk) */
            interpreterNeeded?: boolean;
            /**
             * Format: email
             * @example anna@example.se
             */
            email?: string | null;
            /** @example 070-123 45 67 */
            phone?: string | null;
            address?: components["schemas"]["AddressDto"];
            /**
             * @description Education level (utbildningsnivå, Kolada groups)
             * @enum {string}
             */
            educationLevel?: "post_secondary" | "upper_secondary" | "compulsory" | "compulsory_not_completed" | "unknown";
            /**
             * @description Time without work before enrolment (tid utan arbete, Kolada buckets)
             * @enum {string}
             */
            timeWithoutWork?: "under_6_months" | "6_to_24_months" | "over_24_months" | "unknown";
            /** @description In Arbetsförmedlingen's etableringsprogram */
            inEstablishmentProgramme?: boolean;
            /** @description Registered at Arbetsförmedlingen (inskriven) */
            registeredAtArbetsformedlingen?: boolean;
            socialAssistance?: components["schemas"]["SocialAssistanceDto"];
            /**
             * @description Protected identity (skyddade personuppgifter): confidentiality_marked = sekretessmarkering, protected_registration = skyddad folkbokföring
             * @enum {string}
             */
            protection?: "none" | "confidentiality_marked" | "protected_registration";
        };
        ParticipantSummaryDto: {
            /** Format: uuid */
            id: string;
            masked: boolean;
            identityNumber?: string | null;
            birthDate?: string | null;
            firstName: string;
            lastName: string;
            /** @enum {string} */
            protection: "none" | "confidentiality_marked" | "protected_registration";
        };
        ParticipantPageDto: {
            items: components["schemas"]["ParticipantSummaryDto"][];
            nextCursor?: string | null;
        };
        UpdateParticipantDto: {
            /**
             * @description Birth date, required without an identity number
             * @example 1990-01-01
             */
            birthDate?: string;
            /**
             * @description First name (förnamn)
             * @example Anna
             */
            firstName?: string;
            /**
             * @description Last name (efternamn)
             * @example Andersson
             */
            lastName?: string;
            /**
             * @description Gender as stated by the person (kön enligt egen uppgift)
             * @enum {string}
             */
            gender?: "woman" | "man" | "other" | "not_stated";
            /**
             * @description Preferred language (språk)
             * @example arabiska
             */
            preferredLanguage?: string | null;
            /** @description Needs an interpreter (behov av tolk) */
            interpreterNeeded?: boolean;
            /**
             * Format: email
             * @example anna@example.se
             */
            email?: string | null;
            /** @example 070-123 45 67 */
            phone?: string | null;
            address?: components["schemas"]["AddressDto"];
            /**
             * @description Education level (utbildningsnivå, Kolada groups)
             * @enum {string}
             */
            educationLevel?: "post_secondary" | "upper_secondary" | "compulsory" | "compulsory_not_completed" | "unknown";
            /**
             * @description Time without work before enrolment (tid utan arbete, Kolada buckets)
             * @enum {string}
             */
            timeWithoutWork?: "under_6_months" | "6_to_24_months" | "over_24_months" | "unknown";
            /** @description In Arbetsförmedlingen's etableringsprogram */
            inEstablishmentProgramme?: boolean;
            /** @description Registered at Arbetsförmedlingen (inskriven) */
            registeredAtArbetsformedlingen?: boolean;
            socialAssistance?: components["schemas"]["SocialAssistanceDto"];
            /**
             * @description Protected identity (skyddade personuppgifter): confidentiality_marked = sekretessmarkering, protected_registration = skyddad folkbokföring
             * @enum {string}
             */
            protection?: "none" | "confidentiality_marked" | "protected_registration";
        };
        ReplaceIdentifierDto: {
            /**
             * @description The new personnummer or samordningsnummer, in any accepted form (see create)
             * @example 19900101-0017
             */
            identityNumber: string;
            /** @description Why, e.g. "samordningsnummer ersatt av personnummer" */
            reason: string;
        };
        CreateConsentDto: {
            /** @description Who may share with whom (parter) */
            parties: ("ifo" | "ame" | "arbetsformedlingen" | "forsakringskassan" | "region" | "other_municipality" | "employer" | "other")[];
            /** @description Named partners, e.g. "Region Jämtland Härjedalen" */
            namedPartners?: string[];
            /** @description What the consent covers (vad samtycket omfattar) */
            covers: string;
            /** @example 2026-03-16 */
            givenOn: string;
            /** @example 2027-03-16 */
            validUntil?: string;
        };
        WithdrawConsentDto: {
            /**
             * @description The day the participant withdrew the consent (återkallat)
             * @example 2026-04-01
             */
            withdrawnOn: string;
        };
        CreateReferralDto: {
            /**
             * Format: uuid
             * @description The participant (deltagare); you must see the person
             */
            participantId: string;
            /**
             * @description Who initiated the referral: ifo_economic_assistance = IFO ekonomiskt bistånd, vuxenstod = Vuxenstöd, forsakringskassan = Försäkringskassan, kaa = kommunala aktivitetsansvaret, region = Region (hälso- och sjukvård), arbetsformedlingen = Arbetsförmedlingen, af_with_social_services = Arbetsförmedlingen tillsammans med socialtjänsten, self_referral = självanmälan, other_municipality = annan kommun, other = annan. Each maps to a Kolada group (sourceGroup).
             * @enum {string}
             */
            source: "ifo_economic_assistance" | "vuxenstod" | "forsakringskassan" | "kaa" | "region" | "arbetsformedlingen" | "af_with_social_services" | "self_referral" | "other_municipality" | "other";
            /** @description Why the person is referred (anledning till aktualiseringen) */
            reason: string;
            /** @description What the referring unit asks AME for (uppdrag) */
            requestedSupport: string;
            /**
             * @description Legal basis for disclosing IFO information to AME (OSL 26 kap.): consent = samtycke (give consentId), legal_ground = another ground (give legalGround).
             * @enum {string}
             */
            sharingBasis: "consent" | "legal_ground";
            /**
             * Format: uuid
             * @description A consent (samtycke) of this participant that is not withdrawn; with sharingBasis consent
             */
            consentId?: string;
            /** @description The legal ground in words, e.g. "OSL 10 kap. 2 §"; with sharingBasis legal_ground */
            legalGround?: string;
            /**
             * Format: uuid
             * @description The receiving AME unit (an active unit of type ame)
             */
            receivingUnitId: string;
            /**
             * Format: uuid
             * @description The referring unit (where you are ifo_caseworker or ame_coach); needed only when you work in several
             */
            referringUnitId?: string;
            /**
             * @description Desired start (önskad start), YYYY-MM-DD
             * @example 2026-04-01
             */
            desiredStart?: string;
            /**
             * Format: uuid
             * @description The agreement (överenskommelse, e.g. a Finsam or LÖK agreement) the referral runs under; 422 AGREEMENT_INVALID unless one of your municipality
             */
            agreementId?: string;
            /**
             * @description Send at once (skicka) instead of keeping a draft (utkast)
             * @default false
             */
            send?: boolean;
        };
        ReferralLeadTimesDto: {
            /** @description Days from sent to accepted or returned */
            sentToDecision?: number | null;
            /** @description Days from acceptance to enrolment start */
            decisionToEnrolment?: number | null;
            /** @description Days from enrolment start to the first intervention (filled once placements exist) */
            enrolmentToFirstIntervention?: number | null;
            /** @description For a re-entry (återaktualisering): days from the previous exit to this referral */
            exitToReEntry?: number | null;
        };
        ReferralEventDto: {
            /**
             * @description What happened: send = skicka, accept = ta emot (skriv in), return = återvisa, withdraw = återta, edit = ändra; create = registrerad som utkast.
             * @enum {string}
             */
            action: "create" | "send" | "accept" | "return" | "withdraw" | "edit";
            /**
             * @description null for create
             * @enum {string|null}
             */
            fromStatus?: "draft" | "sent" | "accepted" | "returned" | "withdrawn" | null;
            /** @enum {string} */
            toStatus: "draft" | "sent" | "accepted" | "returned" | "withdrawn";
            /** Format: date-time */
            occurredAt: string;
            /**
             * Format: uuid
             * @description Who did it
             */
            userId: string;
            /** @description Why (for return and withdraw) */
            reason?: string | null;
        };
        ReferralDto: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            participantId: string;
            /**
             * @description Who initiated the referral: ifo_economic_assistance = IFO ekonomiskt bistånd, vuxenstod = Vuxenstöd, forsakringskassan = Försäkringskassan, kaa = kommunala aktivitetsansvaret, region = Region (hälso- och sjukvård), arbetsformedlingen = Arbetsförmedlingen, af_with_social_services = Arbetsförmedlingen tillsammans med socialtjänsten, self_referral = självanmälan, other_municipality = annan kommun, other = annan. Each maps to a Kolada group (sourceGroup).
             * @enum {string}
             */
            source: "ifo_economic_assistance" | "vuxenstod" | "forsakringskassan" | "kaa" | "region" | "arbetsformedlingen" | "af_with_social_services" | "self_referral" | "other_municipality" | "other";
            /**
             * @description Kolada group of the source (U40806–U40810, U40824)
             * @enum {string}
             */
            sourceGroup: "arbetsformedlingen" | "forsakringskassan" | "individual" | "social_services" | "af_with_social_services" | "other";
            /** @description Why the person is referred (anledning) */
            reason: string;
            /** @description What the referring unit asks AME for (uppdrag) */
            requestedSupport: string;
            /**
             * @description consent = samtycke, legal_ground = annat lagstöd
             * @enum {string}
             */
            sharingBasis: "consent" | "legal_ground";
            /** Format: uuid */
            consentId?: string | null;
            legalGround?: string | null;
            /** Format: uuid */
            referringUnitId: string;
            /**
             * Format: uuid
             * @description The referring caseworker or coach
             */
            referringUserId: string;
            /**
             * Format: uuid
             * @description The receiving AME unit
             */
            receivingUnitId: string;
            /** @description Önskad start */
            desiredStart?: string | null;
            /**
             * Format: uuid
             * @description The agreement (överenskommelse) the referral runs under
             */
            agreementId?: string | null;
            /**
             * @description Status of the referral (aktualisering/remiss): draft = utkast, sent = skickad, accepted = mottagen (leads to an inskrivning), returned = återvisad (with a reason; may be changed and sent again), withdrawn = återtagen.
             * @enum {string}
             */
            status: "draft" | "sent" | "accepted" | "returned" | "withdrawn";
            /**
             * Format: date-time
             * @description First sent (skickad); the flow is measured from here
             */
            sentAt?: string | null;
            /**
             * Format: date-time
             * @description The receiving unit's decision: accepted (mottagen) or returned (återvisad)
             */
            decidedAt?: string | null;
            /** @description Why it was returned (återvisad) */
            returnReason?: string | null;
            /** @description Återaktualisering: the person exited an enrolment within the 12 months before the referral */
            reEntry: boolean;
            /**
             * Format: uuid
             * @description The exited enrolment that makes this a re-entry
             */
            previousEnrolmentId?: string | null;
            /** @description Moved in from a previous system (importerad historik, steg import cases): its days are the old system's, and the flow's lead times leave it out */
            imported: boolean;
            /**
             * Format: uuid
             * @description The enrolment (inskrivning) the accepted referral led to
             */
            enrolmentId?: string | null;
            /** @description Lead times of this referral in calendar days (Europe/Stockholm); the flow statistics sum these */
            leadTimes: components["schemas"]["ReferralLeadTimesDto"];
            /** @description What you may do next, given the status and your side (referring or receiving): send = skicka, accept = ta emot (skriv in), return = återvisa, withdraw = återta, edit = ändra; create = registrerad som utkast. */
            allowedActions: ("send" | "accept" | "return" | "withdraw" | "edit")[];
            /** @description Every transition: who, when, why */
            events: components["schemas"]["ReferralEventDto"][];
            /** @description Row version; also the ETag */
            version: number;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
        };
        UpdateReferralDto: {
            /**
             * @description Who initiated the referral: ifo_economic_assistance = IFO ekonomiskt bistånd, vuxenstod = Vuxenstöd, forsakringskassan = Försäkringskassan, kaa = kommunala aktivitetsansvaret, region = Region (hälso- och sjukvård), arbetsformedlingen = Arbetsförmedlingen, af_with_social_services = Arbetsförmedlingen tillsammans med socialtjänsten, self_referral = självanmälan, other_municipality = annan kommun, other = annan. Each maps to a Kolada group (sourceGroup).
             * @enum {string}
             */
            source?: "ifo_economic_assistance" | "vuxenstod" | "forsakringskassan" | "kaa" | "region" | "arbetsformedlingen" | "af_with_social_services" | "self_referral" | "other_municipality" | "other";
            /** @description Why the person is referred (anledning) */
            reason?: string;
            /** @description What the referring unit asks AME for (uppdrag) */
            requestedSupport?: string;
            /**
             * @description Legal basis for disclosing IFO information to AME (OSL 26 kap.): consent = samtycke (give consentId), legal_ground = another ground (give legalGround). Changing the basis clears the other field.
             * @enum {string}
             */
            sharingBasis?: "consent" | "legal_ground";
            /** Format: uuid */
            consentId?: string;
            legalGround?: string;
            /**
             * Format: uuid
             * @description Another receiving AME unit
             */
            receivingUnitId?: string;
            /** @description Desired start (önskad start); null clears it */
            desiredStart?: string | null;
            /**
             * Format: uuid
             * @description The agreement (överenskommelse) the referral runs under; null clears it
             */
            agreementId?: string | null;
        };
        ReferralReasonDto: {
            /** @description Why (skäl); kept in the referral history */
            reason: string;
        };
        AcceptReferralDto: {
            /**
             * @description Start of the enrolment (inskrivningsdatum): not before the day (Europe/Stockholm) the referral was first sent, else 422 ENROLMENT_START_BEFORE_REFERRAL
             * @example 2026-03-23
             */
            startDate: string;
            /**
             * Format: uuid
             * @description Responsible coach (ansvarig arbetsmarknadskonsulent): an active ame_coach of the unit
             */
            responsibleCoachId: string;
            /**
             * Format: uuid
             * @description The IFO caseworker who follows the case and receives report-backs (återrapportering): an ifo_caseworker of the municipality. Default: the referring user, if they are an IFO caseworker.
             */
            ifoCaseworkerId?: string;
            /**
             * @description Time without work before the enrolment (tid utan arbete, Kolada U40817–U40819): under_6_months, 6_to_24_months, over_24_months, unknown. Default: as recorded on the participant.
             * @enum {string}
             */
            timeWithoutWork?: "under_6_months" | "6_to_24_months" | "over_24_months" | "unknown";
        };
        EnrolmentExitDto: {
            /** @description Avslutsdatum */
            exitDate: string;
            /** @enum {string} */
            destination: "employment" | "studies" | "transferred" | "completed" | "other";
            employmentLastsOneMonth?: boolean | null;
            municipalLabourMarketEmployment?: boolean | null;
            /** @enum {string|null} */
            studyKind?: "komvux" | "folkhogskola" | "university" | "other" | null;
            studiesQualifyForStudiemedel?: boolean | null;
            /** @enum {string|null} */
            transferredTo?: "arbetsformedlingen" | "forsakringskassan" | "health_care" | "other" | null;
            /**
             * @description Kolada exit category (avslut), derived from the recorded facts: A = Börjat arbeta (a job lasting at least one continuous month, not a municipal labour-market employment), B = Börjat studera (studies that qualify for studiemedel), C = Överförd till annan myndighet, D = Slutfört uppdrag, E = Övrigt.
             * @enum {string}
             */
            outcomeCategory: "A" | "B" | "C" | "D" | "E";
            /** @description Sammanfattning */
            summary: string;
            /** @description Uppföljning */
            followUpDate?: string | null;
            /** Format: uuid */
            exitedBy?: string | null;
        };
        EnrolmentDto: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            participantId: string;
            /**
             * Format: uuid
             * @description The AME unit
             */
            ameUnitId: string;
            /**
             * Format: uuid
             * @description The accepted referral
             */
            referralId?: string | null;
            /**
             * @description open = inskriven, exited = avslutad
             * @enum {string}
             */
            status: "open" | "exited";
            /** @description Inskrivningsdatum */
            startDate: string;
            /**
             * Format: uuid
             * @description Ansvarig arbetsmarknadskonsulent
             */
            responsibleCoachId: string;
            /**
             * Format: uuid
             * @description The IFO caseworker (handläggare) who follows the case
             */
            ifoCaseworkerId?: string | null;
            /**
             * @description Time without work before the enrolment (tid utan arbete, Kolada U40817–U40819): under_6_months, 6_to_24_months, over_24_months, unknown.
             * @enum {string}
             */
            timeWithoutWork: "under_6_months" | "6_to_24_months" | "over_24_months" | "unknown";
            /** @description Start of the first intervention (filled when placements exist) */
            firstInterventionStart?: string | null;
            /** @description The exit (avslut) */
            exit?: components["schemas"]["EnrolmentExitDto"] | null;
            /** @description Moved in from a previous system (importerad historik, steg import cases) */
            imported: boolean;
            /** @description Row version; also the ETag */
            version: number;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
        };
        EnrolmentPageDto: {
            items: components["schemas"]["EnrolmentDto"][];
            nextCursor?: string | null;
        };
        UpdateEnrolmentDto: {
            /**
             * Format: uuid
             * @description Responsible coach (ansvarig arbetsmarknadskonsulent): an active ame_coach of the unit
             */
            responsibleCoachId?: string;
            /**
             * Format: uuid
             * @description The IFO caseworker who follows the case (an ifo_caseworker of the municipality); null clears
             */
            ifoCaseworkerId?: string | null;
            /**
             * @description Time without work before the enrolment (tid utan arbete, Kolada U40817–U40819): under_6_months, 6_to_24_months, over_24_months, unknown.
             * @enum {string}
             */
            timeWithoutWork?: "under_6_months" | "6_to_24_months" | "over_24_months" | "unknown";
        };
        CorrectEnrolmentStartDto: {
            /**
             * @description The corrected start date (inskrivningsdatum): not in the future, not before the day the referral was sent, and not after the exit date, the first placement start or any day with attendance
             * @example 2026-03-02
             */
            startDate: string;
            /**
             * @description Why the start is corrected (skäl), e.g. "Fel datum vid inskrivningen": kept in the history
             * @example Fel datum angavs vid inskrivningen; deltagaren började 2 mars.
             */
            reason: string;
        };
        EnrolmentStartCorrectionDto: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            enrolmentId: string;
            /**
             * @description The start date before the correction
             * @example 2026-03-10
             */
            previousStartDate: string;
            /**
             * @description The start date the correction set
             * @example 2026-03-02
             */
            newStartDate: string;
            /** @description Why (skäl) */
            reason: string;
            /**
             * Format: uuid
             * @description Who corrected it
             */
            correctedBy: string;
            /** Format: date-time */
            correctedAt: string;
        };
        EnrolmentStartCorrectionListDto: {
            /** @description Oldest first */
            items: components["schemas"]["EnrolmentStartCorrectionDto"][];
        };
        ExitEnrolmentDto: {
            /**
             * @description Exit date (avslutsdatum): not before the start, not in the future
             * @example 2026-03-16
             */
            exitDate: string;
            /**
             * @description Where the person went: employment = arbete, studies = studier, transferred = överförd till annan myndighet, completed = uppdraget slutfört, other = övrigt (flyttat, sjukdom, okänt). The outcome category is derived from these facts, never chosen: Kolada exit category (avslut), derived from the recorded facts: A = Börjat arbeta (a job lasting at least one continuous month, not a municipal labour-market employment), B = Börjat studera (studies that qualify for studiemedel), C = Överförd till annan myndighet, D = Slutfört uppdrag, E = Övrigt.
             * @enum {string}
             */
            destination: "employment" | "studies" | "transferred" | "completed" | "other";
            /** @description employment: expected to last at least one continuous month (required for employment) */
            employmentLastsOneMonth?: boolean;
            /** @description employment: a municipal labour-market employment (kommunal arbetsmarknadsanställning), which never counts as A (required for employment) */
            municipalLabourMarketEmployment?: boolean;
            /**
             * @description studies: komvux, folkhögskola, university (högskola) or other
             * @enum {string}
             */
            studyKind?: "komvux" | "folkhogskola" | "university" | "other";
            /** @description studies: the studies qualify for studiemedel from CSN (required for studies) */
            studiesQualifyForStudiemedel?: boolean;
            /**
             * @description transferred: to which authority (required for transferred)
             * @enum {string}
             */
            transferredTo?: "arbetsformedlingen" | "forsakringskassan" | "health_care" | "other";
            /** @description Summary of the period (sammanfattning) */
            summary: string;
            /** @description Follow-up date (uppföljning), on or after the exit date */
            followUpDate?: string;
        };
        CreateReportBackDto: {
            /**
             * @description progress (lägesrapport), attendance_concern (oro kring närvaro), other_support_may_apply (kan ha rätt till annan ersättning än försörjningsstöd), planned_exit (planerat avslut), other (övrigt)
             * @enum {string}
             */
            kind: "progress" | "attendance_concern" | "other_support_may_apply" | "planned_exit" | "other";
            /** @description The message to the IFO caseworker (meddelande) */
            message: string;
        };
        ReportBackParticipantDto: {
            /** Format: uuid */
            id: string;
            /** @description True when the name is hidden (skyddade personuppgifter) */
            masked: boolean;
            firstName: string;
            lastName: string;
        };
        ReportBackDto: {
            /** Format: uuid */
            id: string;
            /**
             * Format: uuid
             * @description The enrolment (inskrivning) it is about
             */
            enrolmentId: string;
            participant: components["schemas"]["ReportBackParticipantDto"];
            /**
             * @description progress (lägesrapport), attendance_concern (oro kring närvaro), other_support_may_apply (kan ha rätt till annan ersättning än försörjningsstöd), planned_exit (planerat avslut), other (övrigt)
             * @enum {string}
             */
            kind: "progress" | "attendance_concern" | "other_support_may_apply" | "planned_exit" | "other";
            message: string;
            /**
             * Format: uuid
             * @description The AME coach or manager who wrote it
             */
            fromUserId: string;
            fromDisplayName: string;
            /**
             * Format: uuid
             * @description The IFO caseworker it was sent to
             */
            toUserId: string;
            /** Format: date-time */
            createdAt: string;
            /** @description Read by the recipient (läst) */
            read: boolean;
            /** Format: date-time */
            readAt?: string | null;
        };
        ReportBackPageDto: {
            items: components["schemas"]["ReportBackDto"][];
            nextCursor?: string | null;
        };
        InterventionTypeDto: {
            /** Format: uuid */
            id: string;
            /** @example Arbetsträning snickeri */
            name: string;
            /**
             * @description work_training_internal = arbetsträning intern, work_training_external = arbetsträning extern, internship = praktik, job_track = jobbspår, sfi = svenska för invandrare, language_training = språkträning/språkstöd, development_year = utvecklingsår, health_motivation = hälsomotivation, study_motivation = studiemotivation, group_coaching = gruppcoachning, structure_support = strukturstöd, activity_ability_assessment = aktivitetsförmågebedömning, social_skills_training = social färdighetsträning, job_search_activity = jobbsökaraktivitet, study_circles = studiecirklar, individual = individuella insatser, other = övrigt
             * @enum {string}
             */
            category: "work_training_internal" | "work_training_external" | "internship" | "job_track" | "sfi" | "language_training" | "development_year" | "health_motivation" | "study_motivation" | "group_coaching" | "structure_support" | "activity_ability_assessment" | "social_skills_training" | "job_search_activity" | "study_circles" | "individual" | "other";
            /** @description Job-focused (arbetsinriktad) */
            jobFocused: boolean;
            /** @enum {string} */
            provider: "own_unit" | "partner";
            providerName?: string | null;
            description?: string | null;
            /** @description false: retired (avvecklad) */
            active: boolean;
            /**
             * @description Row version; send it back as If-Match: "<version>"
             * @example 1
             */
            version: number;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
        };
        InterventionTypePageDto: {
            items: components["schemas"]["InterventionTypeDto"][];
            /** @description Cursor for the next page */
            nextCursor?: string | null;
        };
        CreateInterventionTypeDto: {
            /**
             * @description Name (insats), unique in the municipality
             * @example Arbetsträning snickeri
             */
            name: string;
            /**
             * @description work_training_internal = arbetsträning intern, work_training_external = arbetsträning extern, internship = praktik, job_track = jobbspår, sfi = svenska för invandrare, language_training = språkträning/språkstöd, development_year = utvecklingsår, health_motivation = hälsomotivation, study_motivation = studiemotivation, group_coaching = gruppcoachning, structure_support = strukturstöd, activity_ability_assessment = aktivitetsförmågebedömning, social_skills_training = social färdighetsträning, job_search_activity = jobbsökaraktivitet, study_circles = studiecirklar, individual = individuella insatser, other = övrigt
             * @enum {string}
             */
            category: "work_training_internal" | "work_training_external" | "internship" | "job_track" | "sfi" | "language_training" | "development_year" | "health_motivation" | "study_motivation" | "group_coaching" | "structure_support" | "activity_ability_assessment" | "social_skills_training" | "job_search_activity" | "study_circles" | "individual" | "other";
            /** @description Job-focused (arbetsinriktad): counts for the BIP job-focus check */
            jobFocused: boolean;
            /**
             * @description Who provides it: own_unit = the municipality itself, partner = a partner (samverkanspart)
             * @default own_unit
             * @enum {string}
             */
            provider?: "own_unit" | "partner";
            /** @description The partner that provides it (only with provider partner) */
            providerName?: string;
            /** @description Description (beskrivning) */
            description?: string;
        };
        UpdateInterventionTypeDto: {
            /** @description Name (insats), unique in the municipality */
            name?: string;
            /**
             * @description work_training_internal = arbetsträning intern, work_training_external = arbetsträning extern, internship = praktik, job_track = jobbspår, sfi = svenska för invandrare, language_training = språkträning/språkstöd, development_year = utvecklingsår, health_motivation = hälsomotivation, study_motivation = studiemotivation, group_coaching = gruppcoachning, structure_support = strukturstöd, activity_ability_assessment = aktivitetsförmågebedömning, social_skills_training = social färdighetsträning, job_search_activity = jobbsökaraktivitet, study_circles = studiecirklar, individual = individuella insatser, other = övrigt
             * @enum {string}
             */
            category?: "work_training_internal" | "work_training_external" | "internship" | "job_track" | "sfi" | "language_training" | "development_year" | "health_motivation" | "study_motivation" | "group_coaching" | "structure_support" | "activity_ability_assessment" | "social_skills_training" | "job_search_activity" | "study_circles" | "individual" | "other";
            jobFocused?: boolean;
            /** @enum {string} */
            provider?: "own_unit" | "partner";
            /** @description null clears it */
            providerName?: string | null;
            /** @description null clears it */
            description?: string | null;
            /** @description false retires the type (avvecklad): no new instances or placements; history stays */
            active?: boolean;
        };
        ContactDto: {
            name?: string | null;
            phone?: string | null;
            email?: string | null;
        };
        SiteDto: {
            /** Format: uuid */
            id: string;
            /** @example Återbruket */
            name: string;
            /** @enum {string} */
            kind: "internal" | "external_employer" | "partner";
            /**
             * Format: uuid
             * @description The site’s unit
             */
            unitId?: string | null;
            address: components["schemas"]["AddressDto"];
            contact: components["schemas"]["ContactDto"];
            active: boolean;
            /**
             * @description Row version; send it back as If-Match: "<version>"
             * @example 1
             */
            version: number;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
        };
        SitePageDto: {
            items: components["schemas"]["SiteDto"][];
            nextCursor?: string | null;
        };
        SiteAddressDto: {
            /** @example Verkstadsgatan 4 */
            street?: string | null;
            /**
             * @description Postnummer
             * @example 123 45
             */
            postalCode?: string | null;
            /** @example Storstad */
            city?: string | null;
        };
        SiteContactDto: {
            /** @description Contact person (kontaktperson) */
            name?: string | null;
            /** @example 010-123 45 67 */
            phone?: string | null;
            /** @example verkstad@kommun.example */
            email?: string | null;
        };
        CreateSiteDto: {
            /**
             * @description Name, unique in the municipality
             * @example Återbruket
             */
            name: string;
            /**
             * @description internal = the municipality’s own work-training site, external_employer = arbetsgivare, partner
             * @enum {string}
             */
            kind: "internal" | "external_employer" | "partner";
            /**
             * Format: uuid
             * @description The unit (type site) whose supervisors work here; their supervision relations go through it
             */
            unitId?: string;
            address?: components["schemas"]["SiteAddressDto"];
            contact?: components["schemas"]["SiteContactDto"];
        };
        UpdateSiteDto: {
            name?: string;
            /** @enum {string} */
            kind?: "internal" | "external_employer" | "partner";
            /**
             * Format: uuid
             * @description null unlinks the unit
             */
            unitId?: string | null;
            /** @description Replaces the whole address; fields left out are cleared */
            address?: components["schemas"]["SiteAddressDto"];
            /** @description Replaces the whole contact; fields left out are cleared */
            contact?: components["schemas"]["SiteContactDto"];
            /** @description false closes the site for new instances */
            active?: boolean;
        };
        InterventionInstanceDto: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            typeId: string;
            /** @example Snickeriet HT 2026 */
            name: string;
            /** Format: uuid */
            siteId?: string | null;
            /**
             * Format: uuid
             * @description The agreement (överenskommelse) it runs under
             */
            agreementId?: string | null;
            /**
             * Format: uuid
             * @description The responsible AME unit
             */
            responsibleUnitId: string;
            startsOn: string;
            endsOn?: string | null;
            /** @description Places; null = no limit */
            capacity?: number | null;
            /**
             * @description none = no budget recorded, per_month = costOre is the budget per month, per_place_per_month = costOre is the budget per place and month. Money in öre (1 kr = 100 öre), integers.
             * @enum {string}
             */
            costBasis: "none" | "per_month" | "per_place_per_month";
            /** @description Budget in öre */
            costOre: number;
            /**
             * @description Row version; send it back as If-Match: "<version>"
             * @example 1
             */
            version: number;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
        };
        InterventionInstancePageDto: {
            items: components["schemas"]["InterventionInstanceDto"][];
            nextCursor?: string | null;
        };
        OccupancyDto: {
            /** @description The day counted (today) */
            date: string;
            /** @description Placements active that day (started, not ended) */
            active: number;
            capacity?: number | null;
            /** @description Free places; null = no limit */
            free?: number | null;
        };
        InterventionInstanceDetailDto: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            typeId: string;
            /** @example Snickeriet HT 2026 */
            name: string;
            /** Format: uuid */
            siteId?: string | null;
            /**
             * Format: uuid
             * @description The agreement (överenskommelse) it runs under
             */
            agreementId?: string | null;
            /**
             * Format: uuid
             * @description The responsible AME unit
             */
            responsibleUnitId: string;
            startsOn: string;
            endsOn?: string | null;
            /** @description Places; null = no limit */
            capacity?: number | null;
            /**
             * @description none = no budget recorded, per_month = costOre is the budget per month, per_place_per_month = costOre is the budget per place and month. Money in öre (1 kr = 100 öre), integers.
             * @enum {string}
             */
            costBasis: "none" | "per_month" | "per_place_per_month";
            /** @description Budget in öre */
            costOre: number;
            /**
             * @description Row version; send it back as If-Match: "<version>"
             * @example 1
             */
            version: number;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
            /** @description Current occupancy (beläggning) */
            occupancy: components["schemas"]["OccupancyDto"];
        };
        CreateInterventionInstanceDto: {
            /**
             * Format: uuid
             * @description The intervention type (an active type of the catalogue)
             */
            typeId: string;
            /**
             * @description Name of this offering
             * @example Snickeriet HT 2026
             */
            name: string;
            /**
             * Format: uuid
             * @description The site where it is offered (an active site)
             */
            siteId?: string;
            /**
             * Format: uuid
             * @description The agreement it runs under (överenskommelse, IOP, an employer’s arbetsträningsavtal); 422 AGREEMENT_INVALID unless one of your municipality
             */
            agreementId?: string;
            /**
             * Format: uuid
             * @description The responsible AME unit (an active unit of type ame)
             */
            responsibleUnitId: string;
            /** @example 2026-01-05 */
            startsOn: string;
            /**
             * @description Last day; left out = until further notice
             * @example 2026-12-18
             */
            endsOn?: string;
            /** @description Places (platser); left out = no limit */
            capacity?: number;
            /**
             * @description none = no budget recorded, per_month = costOre is the budget per month, per_place_per_month = costOre is the budget per place and month. Money in öre (1 kr = 100 öre), integers.
             * @default none
             * @enum {string}
             */
            costBasis?: "none" | "per_month" | "per_place_per_month";
            /**
             * @description Budget in öre (integer); 0 with costBasis none
             * @default 0
             */
            costOre?: number;
        };
        UpdateInterventionInstanceDto: {
            name?: string;
            /**
             * Format: uuid
             * @description Not while placements are active (their supervisors’ relations go through the site)
             */
            siteId?: string | null;
            /**
             * Format: uuid
             * @description The agreement (överenskommelse) it runs under; null clears it
             */
            agreementId?: string | null;
            /**
             * Format: uuid
             * @description Not while placements are active
             */
            responsibleUnitId?: string;
            /** @description Must stay on or before every placement’s start */
            startsOn?: string;
            /** @description Must stay on or after every placement’s start; null = until further notice */
            endsOn?: string | null;
            /** @description null = no limit. A lower capacity binds new placements only. */
            capacity?: number | null;
            /**
             * @description none = no budget recorded, per_month = costOre is the budget per month, per_place_per_month = costOre is the budget per place and month. Money in öre (1 kr = 100 öre), integers.
             * @enum {string}
             */
            costBasis?: "none" | "per_month" | "per_place_per_month";
            costOre?: number;
        };
        WorkTeamDto: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            instanceId: string;
            /** @example Renare stad */
            name: string;
            /**
             * Format: uuid
             * @description The supervisor (handledare)
             */
            supervisorId: string;
            capacity: number;
            active: boolean;
            /**
             * @description Row version; send it back as If-Match: "<version>"
             * @example 1
             */
            version: number;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
        };
        WorkTeamPageDto: {
            items: components["schemas"]["WorkTeamDto"][];
            nextCursor?: string | null;
        };
        CreateWorkTeamDto: {
            /**
             * Format: uuid
             * @description The intervention instance the team works in
             */
            instanceId: string;
            /**
             * @description Name (arbetslag), unique in the instance
             * @example Renare stad
             */
            name: string;
            /**
             * Format: uuid
             * @description The supervisor (handledare): an active user with role supervisor
             */
            supervisorId: string;
            /**
             * @description Places; a team is 5–8 people
             * @default 8
             */
            capacity?: number;
        };
        UpdateWorkTeamDto: {
            name?: string;
            /**
             * Format: uuid
             * @description A new supervisor for new placements. Placements already in the team keep theirs until a coach moves them (PATCH /placements/:id), since that moves who sees the person.
             */
            supervisorId?: string;
            /** @description A lower capacity binds new placements only */
            capacity?: number;
            /** @description false closes the team for new placements */
            active?: boolean;
        };
        PlacementInstanceDto: {
            /** Format: uuid */
            id: string;
            name: string;
            /** Format: uuid */
            typeId: string;
            typeName: string;
            /** @enum {string} */
            category: "work_training_internal" | "work_training_external" | "internship" | "job_track" | "sfi" | "language_training" | "development_year" | "health_motivation" | "study_motivation" | "group_coaching" | "structure_support" | "activity_ability_assessment" | "social_skills_training" | "job_search_activity" | "study_circles" | "individual" | "other";
            /** @description Job-focused (arbetsinriktad) */
            jobFocused: boolean;
            /** Format: uuid */
            siteId?: string | null;
            siteName?: string | null;
            /** Format: uuid */
            responsibleUnitId: string;
        };
        PlacementWorkTeamDto: {
            /** Format: uuid */
            id: string;
            name: string;
        };
        ScheduleDayDto: {
            /**
             * @description ISO weekday: 1 = måndag … 7 = söndag
             * @example 1
             */
            weekday: number;
            /**
             * @description Start, HH:MM on a quarter hour
             * @example 09:00
             */
            start: string;
            /**
             * @description End, HH:MM on a quarter hour, after the start
             * @example 12:00
             */
            end: string;
        };
        PlacementScheduleDto: {
            /** @description Valid from this date until the next version */
            validFrom: string;
            days: components["schemas"]["ScheduleDayDto"][];
            /**
             * @description Hours a week
             * @example 12
             */
            weeklyHours: number;
            /**
             * @description Percent of full time (40 h = 100 %)
             * @example 30
             */
            percentOfFullTime: number;
            /** Format: uuid */
            id: string;
            /** @description Why it changed (skäl) */
            reason?: string | null;
            /** Format: uuid */
            recordedBy: string;
            /** Format: date-time */
            recordedAt: string;
        };
        PlacementDto: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            participantId: string;
            /** Format: uuid */
            enrolmentId: string;
            instance: components["schemas"]["PlacementInstanceDto"];
            workTeam?: components["schemas"]["PlacementWorkTeamDto"] | null;
            /**
             * Format: uuid
             * @description Handledare
             */
            supervisorId?: string | null;
            startDate: string;
            plannedEndDate?: string | null;
            actualEndDate?: string | null;
            /** @enum {string|null} */
            endReason?: "completed" | "interrupted" | "moved_to_other_intervention" | "enrolment_exited" | "other" | null;
            /**
             * @description planned = not started yet, active = started and not ended, ended = avslutad
             * @enum {string}
             */
            status: "planned" | "active" | "ended";
            /** @description Why the person was placed beyond the capacity, when they were */
            capacityOverrideReason?: string | null;
            /**
             * Format: uuid
             * @description The agreement (överenskommelse) the placement runs under
             */
            agreementId?: string | null;
            /** @description The schedule valid today (or the first one, before the start) */
            currentSchedule?: components["schemas"]["PlacementScheduleDto"] | null;
            /** @description Every version, oldest first (never edited) */
            schedules: components["schemas"]["PlacementScheduleDto"][];
            /** @description Hours a week of the current schedule */
            weeklyHours: number;
            /** @description Percent of full time of the current schedule (40 h = 100 %) */
            percentOfFullTime: number;
            /** Format: uuid */
            createdBy: string;
            /**
             * @description Row version; also the ETag
             * @example 1
             */
            version: number;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
        };
        SupervisedPersonDto: {
            /** Format: uuid */
            id: string;
            /** @description True when the name is masked (protected identity) */
            masked: boolean;
            firstName: string;
            lastName: string;
        };
        ScheduleViewDto: {
            /** @description Valid from this date until the next version */
            validFrom: string;
            days: components["schemas"]["ScheduleDayDto"][];
            /**
             * @description Hours a week
             * @example 12
             */
            weeklyHours: number;
            /**
             * @description Percent of full time (40 h = 100 %)
             * @example 30
             */
            percentOfFullTime: number;
        };
        PlacementForSupervisorDto: {
            /** Format: uuid */
            id: string;
            participant: components["schemas"]["SupervisedPersonDto"];
            /** @description The intervention instance */
            instanceName: string;
            siteName?: string | null;
            /**
             * Format: uuid
             * @description The work team (arbetslag), for its day sheet: GET /attendance/teams/{workTeamId}/days/{date}
             */
            workTeamId?: string | null;
            /** @description Arbetslag */
            workTeamName?: string | null;
            startDate: string;
            plannedEndDate?: string | null;
            /**
             * @description planned = not started yet, active = started and not ended, ended = avslutad
             * @enum {string}
             */
            status: "planned" | "active" | "ended";
            currentSchedule?: components["schemas"]["ScheduleViewDto"] | null;
            /** @description Changes already decided, earliest first */
            comingSchedules: components["schemas"]["ScheduleViewDto"][];
        };
        WeekScheduleDto: {
            /** @description One entry per scheduled weekday, e.g. Mon–Thu 09:00–12:00 (veckoschema) */
            days: components["schemas"]["ScheduleDayDto"][];
        };
        CreatePlacementDto: {
            /**
             * Format: uuid
             * @description The open enrolment (inskrivning); you must see the person and be ame_coach or unit_manager of its AME unit
             */
            enrolmentId: string;
            /**
             * Format: uuid
             * @description The intervention instance
             */
            instanceId: string;
            /**
             * Format: uuid
             * @description A work team (arbetslag) of the instance
             */
            workTeamId?: string;
            /**
             * Format: uuid
             * @description The supervisor (handledare), an active user with role supervisor; default the team’s
             */
            supervisorId?: string;
            /**
             * @description Start, within the instance’s period
             * @example 2026-03-23
             */
            startDate: string;
            /**
             * @description Planned end, on or after the start
             * @example 2026-06-12
             */
            plannedEndDate?: string;
            /** @description The first weekly schedule, valid from the start */
            schedule: components["schemas"]["WeekScheduleDto"];
            /** @description Why the person is placed although the instance or team is full (recorded with the placement). Only used when a limit is reached; otherwise not recorded. */
            capacityOverrideReason?: string;
            /**
             * Format: uuid
             * @description The agreement the placement runs under (e.g. an employer’s arbetsträningsavtal; not taken from the instance); 422 AGREEMENT_INVALID unless one of your municipality
             */
            agreementId?: string;
        };
        PlacementPageDto: {
            items: components["schemas"]["PlacementDto"][];
            nextCursor?: string | null;
        };
        ExpectedDayDto: {
            date: string;
            weekday: number;
            /** @description Minutes the person is expected to attend */
            expectedMinutes: number;
            /**
             * @description scheduled = planerad dag; not_scheduled = ej planerad dag; holiday = röd dag, helgdagsafton or a closed day on a scheduled weekday; outside_placement = before the start or after the end
             * @enum {string}
             */
            status: "scheduled" | "not_scheduled" | "holiday" | "outside_placement";
            /** @description validFrom of the schedule that applied */
            scheduleValidFrom?: string | null;
            /** @example midsommarafton */
            holidayName?: string | null;
        };
        ExpectedHoursDto: {
            /** Format: uuid */
            placementId: string;
            from: string;
            to: string;
            /** @description Sum of expectedMinutes */
            totalMinutes: number;
            days: components["schemas"]["ExpectedDayDto"][];
        };
        AddScheduleDto: {
            /**
             * @description The new schedule applies from this date until the next change. It must be after the latest existing schedule’s validFrom (earlier versions are never changed) and not before the placement start; a date in the past (back-dating) needs a reason.
             * @example 2026-04-06
             */
            validFrom: string;
            /** @description The new week; an empty list pauses the placement (e.g. a summer closure) */
            days: components["schemas"]["ScheduleDayDto"][];
            /** @description Why (skäl); required when validFrom is in the past */
            reason?: string;
        };
        EndPlacementDto: {
            /**
             * @description Last day (slutdatum): not before the start, not in the future
             * @example 2026-05-29
             */
            actualEndDate: string;
            /**
             * @description completed = genomförd, interrupted = avbruten, moved_to_other_intervention = flyttad till annan insats, enrolment_exited = inskrivningen avslutas, other = övrigt
             * @enum {string}
             */
            endReason: "completed" | "interrupted" | "moved_to_other_intervention" | "enrolment_exited" | "other";
        };
        UpdatePlacementDto: {
            /** @description Planned end; null clears it */
            plannedEndDate?: string | null;
            /**
             * Format: uuid
             * @description Another supervisor (moves the supervision relation: the old one stops seeing the person at once); null: no supervisor
             */
            supervisorId?: string | null;
            /**
             * Format: uuid
             * @description Another work team of the same instance (its capacity applies from today); the team’s supervisor follows unless supervisorId is given. null: leave the team.
             */
            workTeamId?: string | null;
            /**
             * Format: uuid
             * @description The agreement (överenskommelse) the placement runs under; null clears it
             */
            agreementId?: string | null;
        };
        SupervisorPlacementPageDto: {
            items: components["schemas"]["PlacementForSupervisorDto"][];
            nextCursor?: string | null;
        };
        NamedRefDto: {
            /** Format: uuid */
            id: string;
            name: string;
        };
        SupervisorTeamInstanceDto: {
            /** Format: uuid */
            id: string;
            name: string;
            /** @description The kind of intervention (insats), e.g. Arbetsträning snickeri */
            typeName: string;
        };
        SupervisorWorkTeamDto: {
            /** Format: uuid */
            id: string;
            /**
             * @description Work team (arbetslag)
             * @example Renare stad
             */
            name: string;
            /** @description The site (arbetsträningsplats) of the intervention instance */
            site?: components["schemas"]["NamedRefDto"] | null;
            /** @description The intervention instance */
            instance: components["schemas"]["SupervisorTeamInstanceDto"];
            /** @description People placed in the team today (placements started and not ended) */
            memberCount: number;
            /**
             * @description Today's day sheet (dagens närvarolista) of the team: GET it to see, PUT it to report
             * @example /api/v1/attendance/teams/0b5e…/days/2026-03-16
             */
            todaySheet: string;
        };
        SupervisorWorkTeamPageDto: {
            items: components["schemas"]["SupervisorWorkTeamDto"][];
            /** @description Cursor for the next page */
            nextCursor?: string | null;
        };
        ClosureDaysDto: {
            /**
             * Format: uuid
             * @description The unit, or null for the whole municipality
             */
            unitId?: string | null;
            /** @description The closed days, ascending */
            days: string[];
            /** @description For a unit: true while it has no list of its own, so the municipality’s days (shown) apply. For the municipality: true while it has set none. */
            inherited: boolean;
            /** @description Row version; also the ETag. 0 while none is set (If-Match: "0" sets it) */
            version: number;
            /** Format: date-time */
            updatedAt?: string | null;
        };
        UpdateClosureDaysDto: {
            /**
             * @description Every day closed (stängd dag, klämdag), as YYYY-MM-DD, each once; the list replaces the one held. An empty list: open every working day (for a unit, this overrides the municipality’s days).
             * @example [
             *       "2026-05-15",
             *       "2026-06-20"
             *     ]
             */
            days: string[];
        };
        FundingShareDto: {
            /** Format: uuid */
            id: string;
            /**
             * @description municipality = kommunen, finsam = samordningsförbund (Finsam), esf = Europeiska socialfonden (ESF), arbetsformedlingen = Arbetsförmedlingen, other = annan finansiär (funderName required)
             * @enum {string}
             */
            funderType: "municipality" | "finsam" | "esf" | "arbetsformedlingen" | "other";
            funderName: string | null;
            reference: string | null;
            /** @description Basis points: 10000 = 100 % */
            basisPoints: number;
            /** @description The share in percent (basisPoints / 100), e.g. 40 or 33.33 */
            percent: number;
        };
        FundingPeriodDto: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            instanceId: string;
            /** @example 2026-01-05 */
            validFrom: string;
            /** @description null = as long as the instance runs */
            validTo: string | null;
            shares: components["schemas"]["FundingShareDto"][];
            /**
             * @description current = gällande; corrected = ersatt av en rättelse (supersededById); withdrawn = återkallad utan ersättare (withdrawalReason). Only current periods count.
             * @enum {string}
             */
            state: "current" | "corrected" | "withdrawn";
            /**
             * Format: uuid
             * @description Who recorded the period
             */
            recordedBy: string;
            /** @description When the period was recorded */
            recordedAt: string;
            /**
             * Format: uuid
             * @description The period this one corrects (ersätter); null for a first record
             */
            supersedesId: string | null;
            /** @description Why this period corrects the one it supersedes (skäl till rättelsen) */
            correctionReason: string | null;
            /** @description When a correction or a withdrawal superseded this period; null while current */
            supersededAt: string | null;
            /**
             * Format: uuid
             * @description Who corrected or withdrew this period; null while current
             */
            supersededBy: string | null;
            /**
             * Format: uuid
             * @description The period that corrected this one (its correctionReason says why); null otherwise
             */
            supersededById: string | null;
            /** @description Why this period was withdrawn (skäl till återkallelsen); null otherwise */
            withdrawalReason: string | null;
            /** @description Version, also in the ETag */
            version: number;
            updatedAt: string;
        };
        FundingPeriodListDto: {
            /** @description The instance’s current funding periods, earliest first; with ?history=true also the superseded ones */
            items: components["schemas"]["FundingPeriodDto"][];
            /** @description Always null: an instance has few periods, all are listed */
            nextCursor?: string | null;
        };
        FundingShareInputDto: {
            /**
             * @description Funder (finansiär): municipality = kommunen, finsam = samordningsförbund (Finsam), esf = Europeiska socialfonden (ESF), arbetsformedlingen = Arbetsförmedlingen, other = annan finansiär (funderName required)
             * @enum {string}
             */
            funderType: "municipality" | "finsam" | "esf" | "arbetsformedlingen" | "other";
            /**
             * @description The funder’s name, e.g. "Samordningsförbundet Demo" or an ESF project; required for other
             * @example Samordningsförbundet Demo
             */
            funderName?: string | null;
            /**
             * @description The funder’s reference: decision, project or agreement number (diarienummer)
             * @example SF 2026/14
             */
            reference?: string | null;
            /**
             * @description The share (andel) in basis points, hundredths of a percent: 10000 = 100 %, 4000 = 40 %
             * @example 6000
             */
            basisPoints: number;
        };
        FundingPeriodInputDto: {
            /**
             * @description First day funded this way (within the instance)
             * @example 2026-01-05
             */
            validFrom: string;
            /**
             * @description Last day funded this way; null or left out = as long as the instance runs
             * @example 2026-12-31
             */
            validTo?: string | null;
            /** @description The funders and their shares; they sum to exactly 100 % (10000 basis points) */
            shares: components["schemas"]["FundingShareInputDto"][];
        };
        FundingPeriodCorrectionDto: {
            /**
             * @description First day funded this way (within the instance)
             * @example 2026-01-05
             */
            validFrom: string;
            /**
             * @description Last day funded this way; null or left out = as long as the instance runs
             * @example 2026-12-31
             */
            validTo?: string | null;
            /** @description The funders and their shares; they sum to exactly 100 % (10000 basis points) */
            shares: components["schemas"]["FundingShareInputDto"][];
            /**
             * @description Why the period is corrected (skäl till rättelsen), e.g. "Finsam-beslutet ändrat till 30 %"; kept with the superseded period. Never personal data.
             * @example Finsam-beslutet SF 2026/14 ändrat till 30 %
             */
            reason: string;
        };
        FundingPeriodWithdrawalDto: {
            /**
             * @description Why the period is withdrawn (skäl till återkallelsen), e.g. "registrerad på fel insats"; kept with the period. Never personal data.
             * @example Registrerad på fel insats
             */
            reason: string;
        };
        PlanGoalInputDto: {
            /**
             * Format: uuid
             * @description Send the id you read to keep following the same goal (delmål) in the new version; a new goal gets one
             */
            id?: string | null;
            /** @description The goal (mål/delmål) */
            description: string;
            /** @description Target date (måldatum), YYYY-MM-DD */
            targetDate?: string | null;
            /**
             * @description open = pågår, achieved = uppnått, dropped = avbrutet
             * @enum {string}
             */
            status: "open" | "achieved" | "dropped";
        };
        PlannedInterventionInputDto: {
            /**
             * Format: uuid
             * @description Send the id you read to keep the same planned intervention in the new version
             */
            id?: string | null;
            /**
             * Format: uuid
             * @description An intervention type (insats) of the municipality's catalogue; a type named for the first time must be active
             */
            typeId: string;
            /** @description What the intervention is for, in words */
            description?: string | null;
            /**
             * Format: uuid
             * @description The placement (placering) of this enrolment once the intervention has started
             */
            placementId?: string | null;
            /** @description true = runs now (parallel interventions are normal), false = planned for later */
            active: boolean;
        };
        CreatePlanDto: {
            /** @description The participant's own goal, in their own words (eget mål) */
            ownGoal: string;
            /**
             * @description Long-term goal (långsiktigt mål): work = arbete, studies = studier, other = annat
             * @enum {string}
             */
            longTermGoal: "work" | "studies" | "other";
            /** @description Goals (mål/delmål) with target dates and status */
            goals: components["schemas"]["PlanGoalInputDto"][];
            /** @description Planned interventions (planerade insatser), linked to placements once started */
            plannedInterventions: components["schemas"]["PlannedInterventionInputDto"][];
            /** @description The participant's strengths (styrkor) */
            strengths?: string | null;
            /** @description Obstacles (hinder) on the way to work or studies */
            obstacles?: string | null;
            /**
             * @description The day the plan was made with the participant (i samråd), not in the future
             * @example 2026-03-16
             */
            madeWithParticipantOn: string;
            /**
             * @description How it was made with the participant: meeting = möte, phone = telefon, video, other = annat
             * @enum {string}
             */
            madeHow: "meeting" | "phone" | "video" | "other";
            /** @description An interpreter (tolk) took part */
            interpreterUsed: boolean;
        };
        PlanGoalDto: {
            /**
             * Format: uuid
             * @description Stays with the goal from version to version
             */
            id: string;
            /** @description The goal (mål/delmål) */
            description: string;
            /** @description Target date (måldatum) */
            targetDate?: string | null;
            /** @enum {string} */
            status: "open" | "achieved" | "dropped";
        };
        PlannedInterventionDto: {
            /** Format: uuid */
            id: string;
            /**
             * Format: uuid
             * @description The intervention type (insats)
             */
            typeId: string;
            description?: string | null;
            /**
             * Format: uuid
             * @description The placement (placering)
             */
            placementId?: string | null;
            /** @description Runs now (true) or planned for later (false) */
            active: boolean;
        };
        PlanContentResponseDto: {
            /** @description The participant's own goal (eget mål) */
            ownGoal: string;
            /** @enum {string} */
            longTermGoal: "work" | "studies" | "other";
            goals: components["schemas"]["PlanGoalDto"][];
            plannedInterventions: components["schemas"]["PlannedInterventionDto"][];
            /** @description Styrkor */
            strengths?: string | null;
            /** @description Hinder */
            obstacles?: string | null;
            /** @description Made with the participant (i samråd) on */
            madeWithParticipantOn: string;
            /** @enum {string} */
            madeHow: "meeting" | "phone" | "video" | "other";
            /** @description Tolk */
            interpreterUsed: boolean;
        };
        PlanHistoryItemDto: {
            /** @description Version number, 1 for the first */
            versionNo: number;
            /**
             * Format: uuid
             * @description Who saved it
             */
            createdBy: string;
            /** @description The saver's display name */
            createdByName?: string | null;
            /**
             * Format: date-time
             * @description When it was saved
             */
            createdAt: string;
            /** @description Top-level content fields that changed from the previous version */
            changedFields: string[];
            /** @description What changed, in words */
            changeSummary?: string | null;
            /**
             * Format: uuid
             * @description The follow-up meeting (uppföljningsmöte) where the version was made, if any
             */
            followUpMeetingId?: string | null;
        };
        PlanDto: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            participantId: string;
            /**
             * Format: uuid
             * @description The enrolment (inskrivning)
             */
            enrolmentId: string;
            /**
             * @description active = gällande, ended = avslutad
             * @enum {string}
             */
            status: "active" | "ended";
            endedOn?: string | null;
            /** @enum {string|null} */
            endReason?: "goals_met" | "enrolment_exited" | null;
            /** @description Number of the current version */
            currentVersionNo: number;
            /** @description The content of the current version */
            content: components["schemas"]["PlanContentResponseDto"];
            /** @description Warnings on an active plan: no_job_focused_intervention = two or more interventions run in parallel and none is job-focused (arbetsinriktad; BIP: parallel job-focused and other interventions work best), no_dated_goal = no open goal has a target date (måldatum). None on an ended plan. */
            warnings: ("no_job_focused_intervention" | "no_dated_goal")[];
            /** @description Every version, oldest first */
            history: components["schemas"]["PlanHistoryItemDto"][];
            /** @description Row version; also the ETag (If-Match on PUT) */
            version: number;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
        };
        PlanVersionDto: {
            /** @description Version number, 1 for the first */
            versionNo: number;
            /**
             * Format: uuid
             * @description Who saved it
             */
            createdBy: string;
            /** @description The saver's display name */
            createdByName?: string | null;
            /**
             * Format: date-time
             * @description When it was saved
             */
            createdAt: string;
            /** @description Top-level content fields that changed from the previous version */
            changedFields: string[];
            /** @description What changed, in words */
            changeSummary?: string | null;
            /**
             * Format: uuid
             * @description The follow-up meeting (uppföljningsmöte) where the version was made, if any
             */
            followUpMeetingId?: string | null;
            /** Format: uuid */
            planId: string;
            /** @description Whether this is the current version */
            current: boolean;
            content: components["schemas"]["PlanContentResponseDto"];
        };
        UpdatePlanDto: {
            /** @description The participant's own goal, in their own words (eget mål) */
            ownGoal: string;
            /**
             * @description Long-term goal (långsiktigt mål): work = arbete, studies = studier, other = annat
             * @enum {string}
             */
            longTermGoal: "work" | "studies" | "other";
            /** @description Goals (mål/delmål) with target dates and status */
            goals: components["schemas"]["PlanGoalInputDto"][];
            /** @description Planned interventions (planerade insatser), linked to placements once started */
            plannedInterventions: components["schemas"]["PlannedInterventionInputDto"][];
            /** @description The participant's strengths (styrkor) */
            strengths?: string | null;
            /** @description Obstacles (hinder) on the way to work or studies */
            obstacles?: string | null;
            /**
             * @description The day the plan was made with the participant (i samråd), not in the future
             * @example 2026-03-16
             */
            madeWithParticipantOn: string;
            /**
             * @description How it was made with the participant: meeting = möte, phone = telefon, video, other = annat
             * @enum {string}
             */
            madeHow: "meeting" | "phone" | "video" | "other";
            /** @description An interpreter (tolk) took part */
            interpreterUsed: boolean;
            /** @description What changed and why, in words (ändringen) */
            changeSummary: string;
        };
        EndPlanDto: {
            /**
             * @description goals_met = målen uppnådda; enrolment_exited = the enrolment is about to exit (avslut), which an active plan otherwise prevents
             * @enum {string}
             */
            reason: "goals_met" | "enrolment_exited";
            /** @description The day the plan ended; default today, never in the future */
            endedOn?: string;
        };
        PlanChangeDto: {
            /** @description The participant's own goal, in their own words (eget mål) */
            ownGoal: string;
            /**
             * @description Long-term goal (långsiktigt mål): work = arbete, studies = studier, other = annat
             * @enum {string}
             */
            longTermGoal: "work" | "studies" | "other";
            /** @description Goals (mål/delmål) with target dates and status */
            goals: components["schemas"]["PlanGoalInputDto"][];
            /** @description Planned interventions (planerade insatser), linked to placements once started */
            plannedInterventions: components["schemas"]["PlannedInterventionInputDto"][];
            /** @description The participant's strengths (styrkor) */
            strengths?: string | null;
            /** @description Obstacles (hinder) on the way to work or studies */
            obstacles?: string | null;
            /**
             * @description The day the plan was made with the participant (i samråd), not in the future
             * @example 2026-03-16
             */
            madeWithParticipantOn: string;
            /**
             * @description How it was made with the participant: meeting = möte, phone = telefon, video, other = annat
             * @enum {string}
             */
            madeHow: "meeting" | "phone" | "video" | "other";
            /** @description An interpreter (tolk) took part */
            interpreterUsed: boolean;
            /** @description What changed and why, in words (ändringen) */
            changeSummary: string;
            /**
             * @description The plan's version (its ETag) the change is based on; a stale one answers 412
             * @example 2
             */
            expectedVersion: number;
        };
        RecordFollowUpDto: {
            /**
             * @description The day the meeting was held, not in the future
             * @example 2026-03-16
             */
            heldOn: string;
            /** @description Who took part: participant = deltagaren, coach = arbetsmarknadskonsulent/coach, ifo_caseworker = socialsekreterare, supervisor = handledare, partner = samverkanspart, interpreter = tolk */
            attendees: ("participant" | "coach" | "ifo_caseworker" | "supervisor" | "partner" | "interpreter")[];
            /** @description Notes from the meeting (anteckningar) */
            notes?: string;
            /** @description Changes to the development plan (utvecklingsplan) made at the meeting: the full new content, saved as a new plan version linked to the meeting */
            planChange?: components["schemas"]["PlanChangeDto"];
            /** @description The next meeting agreed on, after heldOn */
            nextMeetingOn?: string;
        };
        FollowUpMeetingDto: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            enrolmentId: string;
            /** Format: uuid */
            participantId: string;
            /** @description Held on */
            heldOn: string;
            attendees: ("participant" | "coach" | "ifo_caseworker" | "supervisor" | "partner" | "interpreter")[];
            notes?: string | null;
            /**
             * Format: uuid
             * @description The plan version saved at the meeting, when the plan changed
             */
            planVersionId?: string | null;
            /** @description Its version number */
            planVersionNo?: number | null;
            /** @description The next meeting agreed on */
            nextMeetingOn?: string | null;
            /** Format: uuid */
            recordedBy: string;
            /** Format: date-time */
            recordedAt: string;
        };
        FollowUpRhythmDto: {
            /**
             * @description What the rhythm counts from: the last meeting, or the enrolment start when there was none
             * @enum {string}
             */
            basis: "last_meeting" | "enrolment_start";
            /** @description The date counted from */
            basisDate: string;
            /** @description From this day the next meeting is due (basis + due weeks) */
            dueOn: string;
            /** @description From this day it is overdue (the day after basis + overdue weeks) */
            overdueOn: string;
            /**
             * @description not_due, due (dags) or overdue (försenad) today
             * @enum {string}
             */
            status: "not_due" | "due" | "overdue";
            /** @description The next meeting the last meeting agreed on, if any (information; the rhythm decides status) */
            plannedOn?: string | null;
            /** @description The municipality's due weeks */
            dueWeeks: number;
            /** @description The municipality's overdue weeks */
            overdueWeeks: number;
        };
        FollowUpListDto: {
            /** @description Meetings, the latest first */
            items: components["schemas"]["FollowUpMeetingDto"][];
            /** @description Follow-up meeting (uppföljningsmöte) with the participant: by default due 6 weeks after the last one (or the enrolment start) and overdue after 8 weeks, configurable per municipality. null once the enrolment has exited. */
            rhythm?: components["schemas"]["FollowUpRhythmDto"] | null;
        };
        RecordCaseReviewDto: {
            /**
             * @description The day of the review, not in the future
             * @example 2026-03-16
             */
            reviewedOn: string;
            /**
             * Format: uuid
             * @description Your IFO unit whose caseload the person is on; needed only when you work in several
             */
            unitId?: string;
            /** @description The person gets the right benefit (rätt ersättning/försörjning) */
            rightBenefit: boolean;
            /** @description The person is registered at Arbetsförmedlingen (inskriven) */
            registeredAtArbetsformedlingen: boolean;
            /** @description The content of the plan was reviewed (planens innehåll genomgånget) */
            planReviewed: boolean;
            /**
             * @description Outcome: no_change = ingen ändring, changes_needed = åtgärder behövs, case_closed = ärendet avslutas
             * @enum {string}
             */
            outcome: "no_change" | "changes_needed" | "case_closed";
            /** @description Notes (anteckningar) */
            notes?: string;
        };
        CaseReviewDto: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            participantId: string;
            /**
             * Format: uuid
             * @description The IFO unit whose caseload the person is on
             */
            unitId: string;
            reviewedOn: string;
            /**
             * Format: uuid
             * @description The caseworker (handläggare) who reviewed
             */
            reviewerId: string;
            /** @description Rätt ersättning */
            rightBenefit: boolean;
            /** @description Inskriven på Arbetsförmedlingen */
            registeredAtArbetsformedlingen: boolean;
            /** @description Planens innehåll genomgånget */
            planReviewed: boolean;
            /**
             * @description Outcome: no_change = ingen ändring, changes_needed = åtgärder behövs, case_closed = ärendet avslutas
             * @enum {string}
             */
            outcome: "no_change" | "changes_needed" | "case_closed";
            notes?: string | null;
            /** Format: date-time */
            recordedAt: string;
        };
        NextCaseReviewDto: {
            /**
             * @description What the interval counts from: the last review, or when the person came onto an IFO caseload
             * @enum {string}
             */
            basis: "last_review" | "caseload_start";
            basisDate: string;
            /** @description The day the next review is due */
            dueOn: string;
            /**
             * @description due from dueOn until a review is recorded
             * @enum {string}
             */
            status: "not_due" | "due";
            /** @description The municipality's interval in months (twice a year = 6) */
            intervalMonths: number;
        };
        CaseReviewListDto: {
            /** @description Reviews, the latest first */
            items: components["schemas"]["CaseReviewDto"][];
            /** @description Case review (genomgång av ärende/tjänst): each person on an IFO caseload is reviewed twice a year by default — right benefit (rätt ersättning), registered at Arbetsförmedlingen, plan content reviewed — a checklist with an outcome. null when the person is on no IFO caseload (no open relation to an IFO unit). */
            nextReview?: components["schemas"]["NextCaseReviewDto"] | null;
        };
        FollowUpSettingsDto: {
            followUpDueWeeks: number;
            followUpOverdueWeeks: number;
            caseReviewIntervalMonths: number;
            /** @description true while the municipality uses the defaults (6 / 8 weeks, 6 months) */
            isDefault: boolean;
            /** @description Row version; also the ETag. 0 while the defaults apply (If-Match: "0" sets them) */
            version: number;
            /** Format: date-time */
            updatedAt?: string | null;
        };
        UpdateFollowUpSettingsDto: {
            /**
             * @description Weeks after the last follow-up meeting (uppföljningsmöte) when the next is due
             * @example 6
             */
            followUpDueWeeks: number;
            /**
             * @description Weeks after which it is overdue; at least followUpDueWeeks
             * @example 8
             */
            followUpOverdueWeeks: number;
            /**
             * @description Months between case reviews (genomgång av ärende); twice a year = 6
             * @example 6
             */
            caseReviewIntervalMonths: number;
        };
        WorkItemPersonDto: {
            /** Format: uuid */
            id: string;
            firstName: string;
            lastName: string;
            /** @description True when protected identity hides the name */
            masked: boolean;
        };
        WorkItemDto: {
            /**
             * @description follow_up = uppföljningsmöte, case_review = genomgång av ärende, plan_without_dated_goal = plan utan daterat mål, placement_ending = placering som slutar inom 14 dagar, report_back_unread = oläst återrapportering, referral_waiting = aktualisering som väntar på beslut, absence_dialogue = frånvarodialog som väntar på din del, attendance_month_unsigned = månad som inte är attesterad, attendance_unreported = schemalagda dagar utan närvarorapport (handledare), attendance_report_unread = oläst närvarorapport (IFO), enrolment_without_plan = inskrivning utan utvecklingsplan, sip_follow_up = SIP (samordnad individuell plan) vars uppföljningsdatum har passerat (samordnaren), deviation = öppen avvikelse eller klagomål i en enhet du är chef för (detail: dess läge), survey_due = brukaruppföljning att göra (placeringen har avslutats), bip_assessment = BIP-mätning (progressionsmätning) som är dags eller försenad (detail: baseline = nollmätning, last_assessment = uppföljande mätning), waiting_list = person i kö till en full insats (detail: prioritet, plats i kön, väntade dagar), agreement_expiring = överenskommelse du är ansvarig för som upphör inom 60 dagar, outcome_follow_up = uppföljning efter avslut (1, 6, 12 månader), subsidised_period_ending = subventionerad period (utvecklingsår) slutar inom 60 dagar utan planerat nästa steg
             * @enum {string}
             */
            kind: "follow_up" | "case_review" | "plan_without_dated_goal" | "placement_ending" | "report_back_unread" | "referral_waiting" | "absence_dialogue" | "attendance_month_unsigned" | "attendance_unreported" | "attendance_report_unread" | "enrolment_without_plan" | "sip_follow_up" | "deviation" | "survey_due" | "bip_assessment" | "waiting_list" | "agreement_expiring" | "outcome_follow_up" | "subsidised_period_ending";
            /** @enum {string} */
            state: "overdue" | "due" | "waiting" | "unread" | "ending";
            /** @description When it became or becomes due (for waiting and unread items: since when) */
            dueOn: string;
            /**
             * Format: uuid
             * @description Null for an item about no person
             */
            participantId: string | null;
            /** @description Null for an item about no person */
            participant: components["schemas"]["WorkItemPersonDto"] | null;
            /** @enum {string} */
            resourceType: "enrolment" | "participant" | "plan" | "placement" | "report_back" | "referral" | "absence_dialogue" | "attendance_month" | "agreement";
            /** Format: uuid */
            resourceId: string;
            /** @description The API path to open the resource */
            href: string;
            /** @description What waits: the dialogue parts whose turn is yours (ame_account, participant_explanation; ifo_assessment and decision only once AME has written its account), the month, or the unreported days (YYYY-MM-DD, comma-separated) */
            detail?: string;
        };
        WorklistDto: {
            /** @description The day the list was computed for (Europe/Stockholm) */
            today: string;
            /** @description Overdue first, then due, then the rest; oldest first */
            items: components["schemas"]["WorkItemDto"][];
        };
        ReferralParticipantDto: {
            /** Format: uuid */
            id: string;
            /** @description True when protected identity hides the name */
            masked: boolean;
            firstName: string;
            lastName: string;
            /** @enum {string} */
            protection: "none" | "confidentiality_marked" | "protected_registration";
        };
        ReferralListItemDto: {
            /** Format: uuid */
            id: string;
            participant: components["schemas"]["ReferralParticipantDto"];
            /** @enum {string} */
            source: "ifo_economic_assistance" | "vuxenstod" | "forsakringskassan" | "kaa" | "region" | "arbetsformedlingen" | "af_with_social_services" | "self_referral" | "other_municipality" | "other";
            /** @enum {string} */
            sourceGroup: "arbetsformedlingen" | "forsakringskassan" | "individual" | "social_services" | "af_with_social_services" | "other";
            /**
             * @description Status of the referral (aktualisering/remiss): draft = utkast, sent = skickad, accepted = mottagen (leads to an inskrivning), returned = återvisad (with a reason; may be changed and sent again), withdrawn = återtagen.
             * @enum {string}
             */
            status: "draft" | "sent" | "accepted" | "returned" | "withdrawn";
            /** Format: uuid */
            referringUnitId: string;
            /** Format: uuid */
            receivingUnitId: string;
            desiredStart?: string | null;
            /** Format: date-time */
            sentAt?: string | null;
            /** Format: date-time */
            decidedAt?: string | null;
            /** @description Days since it was sent (väntetid), while it waits for a decision */
            daysWaiting?: number | null;
            /** @description Återaktualisering */
            reEntry: boolean;
            /** Format: date-time */
            createdAt: string;
        };
        ReferralPageDto: {
            items: components["schemas"]["ReferralListItemDto"][];
            nextCursor?: string | null;
        };
        ReportBackInboxDto: {
            items: components["schemas"]["ReportBackDto"][];
            nextCursor?: string | null;
            /** @description Unread messages in the whole inbox, not only this page */
            unreadCount: number;
        };
        MonthParticipantDto: {
            /** Format: uuid */
            id: string;
            /** @description True when the name is hidden (skyddade personuppgifter) */
            masked: boolean;
            firstName: string;
            lastName: string;
        };
        MonthInboxItemDto: {
            /** Format: uuid */
            monthId: string;
            participant: components["schemas"]["MonthParticipantDto"];
            month: string;
            /** Format: uuid */
            signedBy: string;
            /** Format: date-time */
            signedAt: string;
            read: boolean;
            /** Format: date-time */
            readAt?: string | null;
        };
        MonthInboxDto: {
            items: components["schemas"]["MonthInboxItemDto"][];
            nextCursor?: string | null;
            /** @description Unread reports in the whole inbox */
            unreadCount: number;
        };
        FlowStatusCountsDto: {
            /** @description Utkast (never in the flow: it counts from the first sending) */
            draft: number;
            /** @description Skickad: waiting for the receiving unit */
            sent: number;
            /** @description Mottagen: accepted, leads to an enrolment (inskrivning) */
            accepted: number;
            /** @description Återvisad: returned to the sender with a reason */
            returned: number;
            /** @description Återtagen: withdrawn by the sender */
            withdrawn: number;
        };
        FlowSourceCountsDto: {
            /** @description IFO ekonomiskt bistånd */
            ifo_economic_assistance: number;
            /** @description Vuxenstöd (IFO) */
            vuxenstod: number;
            /** @description Försäkringskassan */
            forsakringskassan: number;
            /** @description KAA, kommunala aktivitetsansvaret */
            kaa: number;
            /** @description Region */
            region: number;
            /** @description Arbetsförmedlingen */
            arbetsformedlingen: number;
            /** @description Arbetsförmedlingen tillsammans med socialtjänsten */
            af_with_social_services: number;
            /** @description Självanmälan */
            self_referral: number;
            /** @description Annan kommun */
            other_municipality: number;
            /** @description Övrigt */
            other: number;
        };
        FlowKoladaGroupCountsDto: {
            /** @description Arbetsförmedlingen (Kolada U40806) */
            arbetsformedlingen: number;
            /** @description Försäkringskassan */
            forsakringskassan: number;
            /** @description Individen själv (självanmälan) */
            individual: number;
            /** @description Socialtjänsten */
            social_services: number;
            /** @description Arbetsförmedlingen tillsammans med socialtjänsten */
            af_with_social_services: number;
            /** @description Övriga (Region, KAA, annan kommun, övrigt) */
            other: number;
        };
        LeadTimeDto: {
            /** @description Referrals with both dates and the later not before the earlier: the ones median and p90 cover */
            count: number;
            /** @description Median days, one decimal */
            median?: number | null;
            /** @description 90th percentile in days (linear interpolation), one decimal */
            p90?: number | null;
            /** @description Referrals whose later date is before the earlier one (a negative interval: older data, or an enrolment started before the decision was recorded). A lead time is never negative, so these are left out of count, median and p90 — not set to 0 — and counted here so none is hidden. */
            excludedNegative: number;
        };
        FlowLeadTimesDto: {
            /** @description Skickad → beslut (mottagen eller återvisad) */
            sentToDecision: components["schemas"]["LeadTimeDto"];
            /** @description Mottagen → inskrivningens startdatum */
            decisionToEnrolment: components["schemas"]["LeadTimeDto"];
            /** @description Inskrivning → första insatsens start */
            enrolmentToFirstIntervention: components["schemas"]["LeadTimeDto"];
            /** @description Avslut → återaktualisering (ny remiss skickad) */
            exitToReEntry: components["schemas"]["LeadTimeDto"];
        };
        ReturnReasonCountDto: {
            reason: string;
            count: number;
        };
        FlowReturnedDto: {
            /** @description Återvisade */
            count: number;
            /** @description Accepted + returned */
            decided: number;
            /** @description returned / decided, three decimals */
            share?: number | null;
            /** @description Most frequent first */
            reasons: components["schemas"]["ReturnReasonCountDto"][];
        };
        FlowDto: {
            /** @example 2026-01-01 */
            from: string;
            /** @example 2026-03-31 */
            to: string;
            /** Format: uuid */
            unitId?: string | null;
            /** @description Referrals first sent in the period */
            referrals: number;
            byStatus: components["schemas"]["FlowStatusCountsDto"];
            bySource: components["schemas"]["FlowSourceCountsDto"];
            /** @description Sources in Kolada groups (U40806–U40810, U40824) */
            byKoladaGroup: components["schemas"]["FlowKoladaGroupCountsDto"];
            /** @description Days between Europe/Stockholm calendar dates */
            leadTimes: components["schemas"]["FlowLeadTimesDto"];
            returned: components["schemas"]["FlowReturnedDto"];
            /** @description Återaktualiseringar: referrals of people who exited within 12 months */
            reEntries: number;
            /** @description Referrals moved in from a previous system (importerad historik): counted in the figures above, left out of every lead time (the old system recorded days, not the steps Steg measures) */
            imported: number;
        };
        ReportingPeriodDto: {
            /** @example 2026 */
            label: string;
            /** @enum {string} */
            kind: "month" | "tertial" | "half_year" | "year";
            /**
             * @description First day, inclusive
             * @example 2026-01-01
             */
            from: string;
            /**
             * @description Last day, inclusive
             * @example 2026-12-31
             */
            to: string;
        };
        LocalisedTextDto: {
            /** @description Svenska */
            sv: string;
            /** @description English */
            en: string;
        };
        FigureValueDto: {
            /** @description The value (a count, or a share in per cent with one decimal); null when suppressed or undefined (0 / 0) */
            value: number | null;
            /** @description True when the value describes, or would give away, fewer than five people */
            suppressed: boolean;
            /** @description For a share: what was counted (täljare); else null */
            numerator: number | null;
            /** @description For a share: out of how many (nämnare); else null */
            denominator: number | null;
        };
        KoladaValuesDto: {
            /** @description Totalt (everyone, whatever their gender) */
            T: components["schemas"]["FigureValueDto"];
            /** @description Kvinnor */
            K: components["schemas"]["FigureValueDto"];
            /** @description Män */
            M: components["schemas"]["FigureValueDto"];
        };
        KoladaFigureDto: {
            /**
             * @description Kolada KPI id
             * @example U40455
             */
            id: string;
            /** @enum {string} */
            kind: "count" | "share";
            /** @description Kolada title */
            title: components["schemas"]["LocalisedTextDto"];
            /** @description The definition Steg uses: numerator, denominator, rule */
            definition: components["schemas"]["LocalisedTextDto"];
            /** @description True when Kolada publishes the full definition (U40455); false (⚠): the rule is Steg’s */
            confirmed: boolean;
            values: components["schemas"]["KoladaValuesDto"];
        };
        KoladaReportDto: {
            period: components["schemas"]["ReportingPeriodDto"];
            /**
             * @description Kommunkod (SCB), as Kolada files name the municipality
             * @example 2380
             */
            municipalityCode: string;
            /**
             * Format: uuid
             * @description The unit asked for; null = all in scope
             */
            unitId: string | null;
            /** @description The small-number rule (röjandeskydd) every value follows */
            suppressionRule: components["schemas"]["LocalisedTextDto"];
            figures: components["schemas"]["KoladaFigureDto"][];
        };
        InterventionDefinitionsDto: {
            participants: components["schemas"]["LocalisedTextDto"];
            participantDays: components["schemas"]["LocalisedTextDto"];
            attendanceRate: components["schemas"]["LocalisedTextDto"];
            exits: components["schemas"]["LocalisedTextDto"];
            workOrStudiesWithin90Days: components["schemas"]["LocalisedTextDto"];
            cost: components["schemas"]["LocalisedTextDto"];
            unitCost: components["schemas"]["LocalisedTextDto"];
            costByFunder: components["schemas"]["LocalisedTextDto"];
            agreements: components["schemas"]["LocalisedTextDto"];
            followUps: components["schemas"]["LocalisedTextDto"];
            bipChange: components["schemas"]["LocalisedTextDto"];
            survey: components["schemas"]["LocalisedTextDto"];
        };
        CellDto: {
            /** @description The value; null when suppressed or undefined (0 / 0) */
            value: number | null;
            /** @description True when the value describes, or would give away, fewer than five people */
            suppressed: boolean;
        };
        ExitCellsDto: {
            /** @description A: börjat arbeta */
            A: components["schemas"]["CellDto"];
            /** @description B: börjat studera */
            B: components["schemas"]["CellDto"];
            /** @description C: överförts till annan myndighet */
            C: components["schemas"]["CellDto"];
            /** @description D: slutfört uppdrag */
            D: components["schemas"]["CellDto"];
            /** @description E: övrigt */
            E: components["schemas"]["CellDto"];
            /** @description All exits */
            total: components["schemas"]["CellDto"];
        };
        FunderCostDto: {
            /**
             * @description Funder type (finansiär: kommunen, Finsam, ESF, Arbetsförmedlingen, annan), or unallocated (ej fördelad): days no funding period in force covers
             * @enum {string}
             */
            funderType: "municipality" | "finsam" | "esf" | "arbetsformedlingen" | "other" | "unallocated";
            /** @description The funder’s part of the cost estimate, in öre (the parts sum exactly to the cost) */
            costOre: number;
            /** @description The same in kronor, two decimals */
            costKr: number;
        };
        FollowUpCheckpointDto: {
            /**
             * @description Checkpoint: months after the exit (uppföljning efter avslut)
             * @enum {number}
             */
            checkpointMonths: 6 | 12;
            /** @description Follow-ups recorded at the checkpoint (the denominator) */
            recorded: components["schemas"]["CellDto"];
            /** @description I arbete eller studier vid uppföljningen (%), one decimal */
            workOrStudiesShare: components["schemas"]["CellDto"];
        };
        BipIndicatorChangeDto: {
            /** @description BIP indicator code */
            indicatorCode: string;
            /** @description Indikator (sv) */
            labelSv: string;
            /** @description Indicator (en) */
            labelEn: string;
            /** @description People with an assessment before and after a placement of the type */
            people: components["schemas"]["CellDto"];
            /** @description Mean change in the indicator’s score (after − before), two decimals */
            meanChange: components["schemas"]["CellDto"];
        };
        SurveyValueCountDto: {
            value: number;
            /** @description How many chose it; null when one to four did, or when it would give such a count away */
            count: number | null;
            /** @description True when the count is hidden by the small-number rule */
            suppressed: boolean;
        };
        SurveyResultQuestionDto: {
            /** Format: uuid */
            questionId: string;
            koladaId: string | null;
            text: string;
            /** @enum {string} */
            kind: "scale" | "free_text";
            /** @description Fewer than 5 answered it: no figures are shown */
            suppressed: boolean;
            /** @description How many answered (a value, "vet inte" or text) */
            answered: number | null;
            /** @description How many answered "vet inte" */
            dontKnow: number | null;
            /** @description Count per value of the scale, every value in order; empty for free text or when suppressed */
            distribution: components["schemas"]["SurveyValueCountDto"][];
        };
        SurveyResultGroupDto: {
            /** Format: uuid */
            interventionTypeId: string;
            /**
             * Format: uuid
             * @description Set when grouped by instance
             */
            instanceId: string | null;
            /** @description Fewer than 5 answered surveys: no figures are shown */
            suppressed: boolean;
            /** @description Answered surveys in the group (null when suppressed) */
            responses: number | null;
            /** @description Empty when the group is suppressed */
            questions: components["schemas"]["SurveyResultQuestionDto"][];
        };
        InterventionInstanceFiguresDto: {
            /** @description Deltagare (distinct people) */
            participants: components["schemas"]["CellDto"];
            /** @description Deltagardagar */
            participantDays: components["schemas"]["CellDto"];
            /** @description Days reported present */
            presentDays: components["schemas"]["CellDto"];
            /** @description Days reported, not counting not scheduled */
            reportedDays: components["schemas"]["CellDto"];
            /** @description Närvarograd (%), one decimal */
            attendanceRate: components["schemas"]["CellDto"];
            /** @description Avslut per kategori (A–E) */
            exits: components["schemas"]["ExitCellsDto"];
            /** @description Placements ended in the period */
            endedPlacements: components["schemas"]["CellDto"];
            /** @description Arbete eller studier inom 90 dagar efter placeringens slut (%) */
            workOrStudiesWithin90Days: components["schemas"]["CellDto"];
            /** @description Placements ended less than 90 days ago (the share may still grow); null when hidden */
            openWindows: number | null;
            /** @description Kostnad, uppskattning från budget (kr) */
            costKr: number;
            /** @description Styckkostnad per deltagare (kr) */
            costPerParticipantKr: components["schemas"]["CellDto"];
            /** @description Kostnad per deltagardag (kr) */
            costPerParticipantDayKr: components["schemas"]["CellDto"];
            /** @description Kostnad per avslut till arbete eller studier (kr) */
            costPerExitToWorkOrStudiesKr: components["schemas"]["CellDto"];
            /** Format: uuid */
            instanceId: string;
            /** @description Insatstillfälle */
            instanceName: string;
            /** @description The cost estimate per funder (per finansiär) */
            costByFunder: components["schemas"]["FunderCostDto"][];
            /** @description Brukarundersökning: the instance’s group of GET /survey-results?groupBy=instance for the period */
            survey: components["schemas"]["SurveyResultGroupDto"];
        };
        InterventionTypeFiguresDto: {
            /** @description Deltagare (distinct people) */
            participants: components["schemas"]["CellDto"];
            /** @description Deltagardagar */
            participantDays: components["schemas"]["CellDto"];
            /** @description Days reported present */
            presentDays: components["schemas"]["CellDto"];
            /** @description Days reported, not counting not scheduled */
            reportedDays: components["schemas"]["CellDto"];
            /** @description Närvarograd (%), one decimal */
            attendanceRate: components["schemas"]["CellDto"];
            /** @description Avslut per kategori (A–E) */
            exits: components["schemas"]["ExitCellsDto"];
            /** @description Placements ended in the period */
            endedPlacements: components["schemas"]["CellDto"];
            /** @description Arbete eller studier inom 90 dagar efter placeringens slut (%) */
            workOrStudiesWithin90Days: components["schemas"]["CellDto"];
            /** @description Placements ended less than 90 days ago (the share may still grow); null when hidden */
            openWindows: number | null;
            /** @description Kostnad, uppskattning från budget (kr) */
            costKr: number;
            /** @description Styckkostnad per deltagare (kr) */
            costPerParticipantKr: components["schemas"]["CellDto"];
            /** @description Kostnad per deltagardag (kr) */
            costPerParticipantDayKr: components["schemas"]["CellDto"];
            /** @description Kostnad per avslut till arbete eller studier (kr) */
            costPerExitToWorkOrStudiesKr: components["schemas"]["CellDto"];
            /** Format: uuid */
            typeId: string;
            /** @description Insatstyp */
            typeName: string;
            /** @description The type’s category (arbetsträning, praktik, …) */
            category: string;
            /** @description The cost estimate per funder (per finansiär) */
            costByFunder: components["schemas"]["FunderCostDto"][];
            /** @description Work or studies at the 6- and 12-month follow-ups after exit (uppföljning efter avslut) */
            followUps: components["schemas"]["FollowUpCheckpointDto"][];
            /** @description BIP change per indicator around the placements of the type that ended in the period */
            bipChange: components["schemas"]["BipIndicatorChangeDto"][];
            /** @description Brukarundersökning: the type’s group of GET /survey-results?groupBy=type for the period; null when the report covers some units only (the survey groups cover the whole municipality: see the instances) */
            survey: components["schemas"]["SurveyResultGroupDto"] | null;
            instances: components["schemas"]["InterventionInstanceFiguresDto"][];
        };
        AgreementFiguresDto: {
            /** Format: uuid */
            agreementId: string;
            /** @description Överenskommelsens namn */
            title: string;
            /** @description Kind: local_agreement (LÖK), cooperation_agreement, iop (IOP), work_training, finsam, other */
            kind: string;
            /** @description Deltagare under överenskommelsen */
            participants: components["schemas"]["CellDto"];
            /** @description Deltagardagar under överenskommelsen */
            participantDays: components["schemas"]["CellDto"];
            /** @description Avslut per kategori (A–E) */
            exits: components["schemas"]["ExitCellsDto"];
            /** @description Avslut till arbete eller studier (A + B) */
            exitsToWorkOrStudies: components["schemas"]["CellDto"];
            /** @description Kostnad, uppskattning, of the instances under the agreement (kr) */
            costKr: number;
        };
        InterventionReportDto: {
            period: components["schemas"]["ReportingPeriodDto"];
            /**
             * Format: uuid
             * @description The unit asked for; null = all in scope
             */
            unitId: string | null;
            /** @description The definition of every figure, sv and en */
            definitions: components["schemas"]["InterventionDefinitionsDto"];
            suppressionRule: components["schemas"]["LocalisedTextDto"];
            types: components["schemas"]["InterventionTypeFiguresDto"][];
            /** @description The cost estimate of all types per funder (per finansiär) */
            costByFunder: components["schemas"]["FunderCostDto"][];
            /** @description Per agreement (per överenskommelse: LÖK, IOP, Finsam …) */
            agreements: components["schemas"]["AgreementFiguresDto"][];
        };
        CombinationDefinitionsDto: {
            combination: components["schemas"]["LocalisedTextDto"];
            people: components["schemas"]["LocalisedTextDto"];
            exitsToWorkOrStudies: components["schemas"]["LocalisedTextDto"];
            returnToAssistance: components["schemas"]["LocalisedTextDto"];
            bipChange: components["schemas"]["LocalisedTextDto"];
            folding: components["schemas"]["LocalisedTextDto"];
        };
        CombinationRowDto: {
            /** @description The row: `parallel:` or `stepwise:` and the sorted type names joined by +, `other:parallel` / `other:stepwise` (övriga kombinationer), `parallel` / `stepwise` (the comparison rows) or `total` */
            key: string;
            /**
             * @description parallel (parallellt), stepwise (en i taget, trappstegsmodell), all (the total)
             * @enum {string}
             */
            mode: "parallel" | "stepwise" | "all";
            /** @description The intervention types (insatstyper), sorted; empty for a summary row */
            types: string[];
            /** @description Label, sv */
            label: string;
            /** @description Personer */
            people: components["schemas"]["CellDto"];
            /** @description Avslut till arbete eller studier, A + B (%) */
            exitsToWorkOrStudiesShare: components["schemas"]["CellDto"];
            /** @description Avslut vars 12 månader har gått (denominator of the return share) */
            exitsWithClosedWindow: components["schemas"]["CellDto"];
            /** @description Åter till försörjningsstöd inom 12 månader (%) */
            returnedToAssistanceShare: components["schemas"]["CellDto"];
            /** @description People with two BIP assessments to compare */
            bipPeople: components["schemas"]["CellDto"];
            /** @description Mean BIP change in total score, first → last assessment, two decimals */
            meanBipTotalChange: components["schemas"]["CellDto"];
        };
        CombinationsReportDto: {
            period: components["schemas"]["ReportingPeriodDto"];
            /**
             * Format: uuid
             * @description The AME unit asked for; null = all in scope
             */
            unitId: string | null;
            /** @description The definition of every figure, sv and en */
            definitions: components["schemas"]["CombinationDefinitionsDto"];
            suppressionRule: components["schemas"]["LocalisedTextDto"];
            /** @description The combinations of at least five people, most people first, then övriga kombinationer (parallel, one at a time) */
            combinations: components["schemas"]["CombinationRowDto"][];
            /** @description The comparison seed 004 asks for: all parallel vs all one at a time (stegvis) */
            comparison: components["schemas"]["CombinationRowDto"][];
            /** @description All exits with a placement */
            total: components["schemas"]["CombinationRowDto"];
        };
        FlowDefinitionsDto: {
            months: components["schemas"]["LocalisedTextDto"];
            timeEnrolled: components["schemas"]["LocalisedTextDto"];
            reEntry: components["schemas"]["LocalisedTextDto"];
            returnToAssistance: components["schemas"]["LocalisedTextDto"];
            assistanceToWork: components["schemas"]["LocalisedTextDto"];
            waitingTime: components["schemas"]["LocalisedTextDto"];
        };
        FlowMonthDto: {
            /** @example 2026-03 */
            month: string;
            /** @description Inskrivningar som började */
            in: components["schemas"]["CellDto"];
            /** @description Avslut */
            out: components["schemas"]["CellDto"];
        };
        FlowDurationDto: {
            /** @description How many it is measured over */
            count: components["schemas"]["CellDto"];
            /** @description Medel (dagar) */
            meanDays: components["schemas"]["CellDto"];
            /** @description Median (dagar) */
            medianDays: components["schemas"]["CellDto"];
        };
        FlowShareDto: {
            /** @description The share in per cent, one decimal */
            share: components["schemas"]["CellDto"];
            /** @description Täljare */
            numerator: components["schemas"]["CellDto"];
            /** @description Nämnare */
            denominator: components["schemas"]["CellDto"];
            /** @description Exits whose 12 months have not passed (not counted) */
            openWindows: number;
        };
        FlowStatisticsDto: {
            period: components["schemas"]["ReportingPeriodDto"];
            /** Format: uuid */
            unitId: string | null;
            definitions: components["schemas"]["FlowDefinitionsDto"];
            suppressionRule: components["schemas"]["LocalisedTextDto"];
            /** @description In och ut per månad */
            months: components["schemas"]["FlowMonthDto"][];
            /** @description All enrolments started in the period */
            totalIn: components["schemas"]["CellDto"];
            /** @description All exits in the period */
            totalOut: components["schemas"]["CellDto"];
            /** @description Inskriven tid vid avslut */
            timeEnrolled: components["schemas"]["FlowDurationDto"];
            /** @description Återaktualisering till AME inom 12 månader */
            reEntryWithin12Months: components["schemas"]["FlowShareDto"];
            /** @description Åter till försörjningsstöd inom 12 månader */
            returnToAssistanceWithin12Months: components["schemas"]["FlowShareDto"];
            /** @description Från försörjningsstöd till arbete (Östersunds mål) */
            assistanceToWork: components["schemas"]["FlowShareDto"];
            /** @description Väntetid i kö till placering */
            waitingTime: components["schemas"]["FlowDurationDto"];
        };
        ConsistencyBandDto: {
            /**
             * @description Ogiltig frånvaro när dialogen öppnades, dagar
             * @example 3-5
             */
            band: string;
            /** @description Beslut */
            decisions: components["schemas"]["CellDto"];
            /** @description Ingen åtgärd */
            noAction: components["schemas"]["CellDto"];
            /** @description Varning */
            warning: components["schemas"]["CellDto"];
            /** @description Avdrag (nedsättning) */
            deduction: components["schemas"]["CellDto"];
            /** @description Andel avdrag av besluten (%) */
            deductionShare: components["schemas"]["CellDto"];
        };
        ConsistencyRowDto: {
            /**
             * @description A pseudonym (Enhet A, Handläggare 1), in this report only
             * @example Enhet A
             */
            label: string;
            /** @description True for a unit the caller belongs to */
            own: boolean;
            bands: components["schemas"]["ConsistencyBandDto"][];
        };
        ConsistencyUnitDto: {
            /**
             * @description A pseudonym (Enhet A, Handläggare 1), in this report only
             * @example Enhet A
             */
            label: string;
            /** @description True for a unit the caller belongs to */
            own: boolean;
            bands: components["schemas"]["ConsistencyBandDto"][];
            /** @description The unit’s deciding caseworkers, pseudonymised */
            caseworkers: components["schemas"]["ConsistencyRowDto"][];
        };
        ConsistencyDto: {
            period: components["schemas"]["ReportingPeriodDto"];
            /** Format: uuid */
            unitId: string | null;
            /** @description What is counted and compared */
            definition: components["schemas"]["LocalisedTextDto"];
            suppressionRule: components["schemas"]["LocalisedTextDto"];
            /** @description All decisions in scope */
            overall: components["schemas"]["ConsistencyRowDto"];
            units: components["schemas"]["ConsistencyUnitDto"][];
        };
        AttendanceSettingsDto: {
            /**
             * @description How many days back a supervisor (handledare) may report; 0 = today only (default 14)
             * @example 14
             */
            backReportDays: number;
            /**
             * @description Unexcused days (ogiltig frånvaro) in a month that open an absence dialogue (default 1)
             * @example 1
             */
            unexcusedThresholdDays: number;
            /**
             * @description Working days the absence dialogue has before its deadline (svarsfrist, default 10)
             * @example 10
             */
            dialogueDeadlineWorkingDays: number;
            /**
             * @description Working days after a month ends before its sign-off (attest) is due (default 5)
             * @example 5
             */
            signOffDueWorkingDays: number;
            /**
             * @description Helgdagsaftnar that are not working days (default all three)
             * @example [
             *       "midsommarafton",
             *       "julafton",
             *       "nyårsafton"
             *     ]
             */
            nonWorkingEves: ("midsommarafton" | "julafton" | "nyårsafton")[];
            /** @description true while the municipality uses the defaults */
            isDefault: boolean;
            /** @description Row version; also the ETag. 0 while the defaults apply (If-Match: "0" sets them) */
            version: number;
            /** Format: date-time */
            updatedAt?: string | null;
        };
        UpdateAttendanceSettingsDto: {
            /**
             * @description How many days back a supervisor (handledare) may report; 0 = today only (default 14)
             * @example 14
             */
            backReportDays: number;
            /**
             * @description Unexcused days (ogiltig frånvaro) in a month that open an absence dialogue (default 1)
             * @example 1
             */
            unexcusedThresholdDays: number;
            /**
             * @description Working days the absence dialogue has before its deadline (svarsfrist, default 10)
             * @example 10
             */
            dialogueDeadlineWorkingDays: number;
            /**
             * @description Working days after a month ends before its sign-off (attest) is due (default 5)
             * @example 5
             */
            signOffDueWorkingDays: number;
            /**
             * @description Helgdagsaftnar that are not working days (default all three)
             * @example [
             *       "midsommarafton",
             *       "julafton",
             *       "nyårsafton"
             *     ]
             */
            nonWorkingEves: ("midsommarafton" | "julafton" | "nyårsafton")[];
        };
        TeamDayEntryDto: {
            /** @description The entry version you read (0 for a day without an entry); a stale one gets 412 */
            basedOnVersion: number;
            /**
             * @description present (närvaro), sick (sjuk), sick_child (vård av barn), approved_absence (beviljad ledighet), unexcused_absence (ogiltig frånvaro), not_scheduled (ej planerad dag)
             * @enum {string}
             */
            code: "present" | "sick" | "sick_child" | "approved_absence" | "unexcused_absence" | "not_scheduled";
            /**
             * @description Present minutes (närvarotid) in quarter hours, 0–1440; only and always for present
             * @example 180
             */
            presentMinutes?: number | null;
            /**
             * @description Arrival (ankomst), HH:MM
             * @example 09:00
             */
            arrival?: string | null;
            /**
             * @description Departure (avgång), HH:MM, after the arrival
             * @example 12:00
             */
            departure?: string | null;
            /** @description Short note (anteckning) */
            note?: string | null;
            /** @description Why (skäl): required to change an entry after its day has passed, and for a coach reporting further back than the reporting window */
            reason?: string | null;
            /**
             * Format: uuid
             * @description A placement of the team active that day
             */
            placementId: string;
        };
        ReportTeamDayDto: {
            /** @description One entry per placement (närvaro or frånvaro) */
            entries: components["schemas"]["TeamDayEntryDto"][];
        };
        AttendanceEntryDto: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            placementId: string;
            /** Format: uuid */
            participantId: string;
            /**
             * Format: date
             * @example 2026-03-16
             */
            day: string;
            /**
             * @description Day code: present (närvaro, with minutes), sick (sjuk), sick_child (vård av barn), approved_absence (beviljad ledighet), unexcused_absence (ogiltig frånvaro), not_scheduled (ej planerad dag)
             * @enum {string}
             */
            code: "present" | "sick" | "sick_child" | "approved_absence" | "unexcused_absence" | "not_scheduled";
            /** @description Present minutes (närvarotid) in quarter hours */
            presentMinutes: number | null;
            /**
             * @description Arrival (ankomst), HH:MM
             * @example 09:00
             */
            arrival: string | null;
            /**
             * @description Departure (avgång), HH:MM
             * @example 12:00
             */
            departure: string | null;
            /** @description Short note (anteckning), at most 500 characters */
            note: string | null;
            /**
             * Format: uuid
             * @description The staff user who reported last
             */
            reportedBy: string | null;
            /**
             * Format: uuid
             * @description The API key that reported last
             */
            reportedByApiKey: string | null;
            /**
             * @description Through what it was reported: web, api or import
             * @enum {string}
             */
            channel: "web" | "api" | "import";
            /** Format: date-time */
            reportedAt: string;
            /** @description Send it back as basedOnVersion when you change the entry */
            version: number;
        };
        AttendanceEntriesDto: {
            /** @description The entries as stored, in the order sent */
            entries: components["schemas"]["AttendanceEntryDto"][];
        };
        SheetParticipantDto: {
            /** Format: uuid */
            id: string;
            /** @description True when the name is masked (skyddade personuppgifter) */
            masked: boolean;
            firstName: string;
            lastName: string;
        };
        TeamDayRowDto: {
            /** Format: uuid */
            placementId: string;
            participant: components["schemas"]["SheetParticipantDto"];
            expectedMinutes: number;
            /** @enum {string} */
            status: "scheduled" | "not_scheduled" | "holiday" | "outside";
            /** @enum {string} */
            reportStatus: "reported" | "not_reported" | "not_due" | "not_expected";
            entry: components["schemas"]["AttendanceEntryDto"] | null;
        };
        TeamDaySheetDto: {
            /** Format: uuid */
            teamId: string;
            teamName: string;
            /** Format: date */
            date: string;
            /** @description The team’s placements active that day */
            placements: components["schemas"]["TeamDayRowDto"][];
        };
        WeekEntryDto: {
            /** @description The entry version you read (0 for a day without an entry); a stale one gets 412 */
            basedOnVersion: number;
            /**
             * @description present (närvaro), sick (sjuk), sick_child (vård av barn), approved_absence (beviljad ledighet), unexcused_absence (ogiltig frånvaro), not_scheduled (ej planerad dag)
             * @enum {string}
             */
            code: "present" | "sick" | "sick_child" | "approved_absence" | "unexcused_absence" | "not_scheduled";
            /**
             * @description Present minutes (närvarotid) in quarter hours, 0–1440; only and always for present
             * @example 180
             */
            presentMinutes?: number | null;
            /**
             * @description Arrival (ankomst), HH:MM
             * @example 09:00
             */
            arrival?: string | null;
            /**
             * @description Departure (avgång), HH:MM, after the arrival
             * @example 12:00
             */
            departure?: string | null;
            /** @description Short note (anteckning) */
            note?: string | null;
            /** @description Why (skäl): required to change an entry after its day has passed, and for a coach reporting further back than the reporting window */
            reason?: string | null;
            /**
             * Format: date
             * @description A day of the ISO week in the path
             */
            day: string;
        };
        ReportWeekDto: {
            /** @description At most one entry per day of the week */
            entries: components["schemas"]["WeekEntryDto"][];
        };
        AttendanceDayDto: {
            /** Format: date */
            date: string;
            /** @description ISO weekday: 1 = måndag … 7 = söndag */
            weekday: number;
            /** @description Expected minutes (förväntad tid) from the schedule valid that day and the calendar */
            expectedMinutes: number;
            /**
             * @description scheduled (planerad dag), not_scheduled (ej planerad dag), holiday (röd dag or helgdagsafton), outside (before the start or after the end of the placement)
             * @enum {string}
             */
            status: "scheduled" | "not_scheduled" | "holiday" | "outside";
            /** @example Långfredagen */
            holidayName: string | null;
            /**
             * @description reported; not_reported (ej rapporterad: a scheduled day that has passed without an entry — never taken for närvaro or frånvaro); not_due (today or later); not_expected (nothing to report)
             * @enum {string}
             */
            reportStatus: "reported" | "not_reported" | "not_due" | "not_expected";
            entry: components["schemas"]["AttendanceEntryDto"] | null;
        };
        AttendanceMonthTotalsDto: {
            expectedMinutes: number;
            presentMinutes: number;
            /** @description Scheduled days that passed without a report (ej rapporterade dagar) */
            notReportedDays: number;
        };
        AttendanceMonthDto: {
            /** Format: uuid */
            placementId: string;
            /** @example 2026-03 */
            month: string;
            /**
             * @description open, or signed (attesterad) and locked
             * @enum {string}
             */
            monthStatus: "open" | "signed";
            days: components["schemas"]["AttendanceDayDto"][];
            totals: components["schemas"]["AttendanceMonthTotalsDto"];
        };
        AttendanceSnapshotDto: {
            /**
             * @description Day code: present (närvaro, with minutes), sick (sjuk), sick_child (vård av barn), approved_absence (beviljad ledighet), unexcused_absence (ogiltig frånvaro), not_scheduled (ej planerad dag)
             * @enum {string}
             */
            code: "present" | "sick" | "sick_child" | "approved_absence" | "unexcused_absence" | "not_scheduled";
            /** @description Minutes present (närvaro) */
            presentMinutes?: number | null;
            /**
             * @description Arrival, HH:MM
             * @example 08:00
             */
            arrival?: string | null;
            /**
             * @description Departure, HH:MM
             * @example 12:00
             */
            departure?: string | null;
            /** @description Note (anteckning) */
            note?: string | null;
        };
        AttendanceChangeDto: {
            /** @description The entry version this change produced */
            version: number;
            /** @description The entry before (null for the first report) */
            before: components["schemas"]["AttendanceSnapshotDto"] | null;
            /** @description The entry after */
            after: components["schemas"]["AttendanceSnapshotDto"];
            /** Format: uuid */
            changedBy: string | null;
            /** Format: uuid */
            changedByApiKey: string | null;
            /** @enum {string} */
            channel: "web" | "api" | "import";
            /** Format: date-time */
            changedAt: string;
            /** @description Why (skäl), required for a change after the day */
            reason: string | null;
        };
        AttendanceHistoryDto: {
            /** Format: uuid */
            placementId: string;
            /** Format: date */
            day: string;
            /** @description Every change of the day, oldest first */
            changes: components["schemas"]["AttendanceChangeDto"][];
        };
        AttendanceImportDto: {
            /**
             * @description csv: UTF-8 (with or without BOM), `;` or `,` separated; xlsx: the first worksheet. The first row names the columns: placering/placementId, datum/day, kod/code, närvarotid/minuter/presentMinutes, ankomst/arrival, avgång/departure, anteckning/note, orsak/reason, version/basedOnVersion
             * @enum {string}
             */
            format: "csv" | "xlsx";
            /**
             * Format: byte
             * @description The file, base64-encoded (the request body limit, BODY_LIMIT_BYTES, applies to it)
             */
            content: string;
        };
        ImportRowProblemDto: {
            /** @description Row in the file; the header is row 1 */
            row: number;
            /** @example code */
            field: string;
            /** @example code.known */
            rule: string;
            message: string;
        };
        AttendanceImportReportDto: {
            /** @description Rows saved */
            accepted: number;
            /** @description Rejected rows with the reason (one item per problem) */
            rejected: components["schemas"]["ImportRowProblemDto"][];
        };
        MonthStateDto: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            participantId: string;
            month: string;
            /** @enum {string} */
            status: "open" | "signed";
            /** Format: uuid */
            signedBy?: string | null;
            /** Format: date-time */
            signedAt?: string | null;
            /**
             * Format: uuid
             * @description The IFO caseworker following the case, whose inbox gets the report
             */
            reportSentTo?: string | null;
            version: number;
        };
        ReopenMonthDto: {
            /** @description Why the signed month is reopened (skäl för återöppning) */
            reason: string;
        };
        MonthReportParticipantDto: {
            /** Format: uuid */
            id: string;
            /** @description True when the name is hidden (skyddade personuppgifter) */
            masked: boolean;
            firstName: string;
            lastName: string;
            /**
             * @description Personnummer or samordningsnummer, YYYYMMDD-NNNK: null when masked (skyddade personuppgifter) or none is registered
             * @example 19900101-1234
             */
            identityNumber?: string | null;
        };
        AbsenceTotalDto: {
            /** @description Calendar days with this code */
            days: number;
            /** @description Scheduled hours of those days */
            hours: number;
        };
        AbsencePerCodeDto: {
            /** @description Sjuk */
            sick: components["schemas"]["AbsenceTotalDto"];
            /** @description Vård av barn */
            sick_child: components["schemas"]["AbsenceTotalDto"];
            /** @description Beviljad ledighet */
            approved_absence: components["schemas"]["AbsenceTotalDto"];
            /** @description Ogiltig frånvaro */
            unexcused_absence: components["schemas"]["AbsenceTotalDto"];
        };
        DayPlacementLineDto: {
            /** Format: uuid */
            placementId: string;
            /** @description The intervention (insats) */
            intervention: string;
            /** @description Scheduled hours that day (planerad tid) */
            expectedHours: number;
            /** @enum {string} */
            dayStatus: "scheduled" | "not_scheduled" | "holiday" | "outside_placement";
            /**
             * @description Reported code (dagkod)
             * @enum {string|null}
             */
            code?: "present" | "sick" | "sick_child" | "approved_absence" | "unexcused_absence" | "not_scheduled" | null;
            /** @description Present hours (närvarotid) */
            presentHours: number;
            /** @description Absence hours: the scheduled hours of an absence day */
            absenceHours: number;
            /** @description Scheduled, passed and without a report (ej rapporterad) */
            notReported: boolean;
            /** @description The entry was corrected after it was first reported (rättad) */
            corrected: boolean;
        };
        DayLineDto: {
            /** Format: date */
            date: string;
            /** @description ISO weekday, 1 = Monday */
            weekday: number;
            /** @description Helgdag, e.g. långfredagen */
            holidayName?: string | null;
            expectedHours: number;
            presentHours: number;
            placements: components["schemas"]["DayPlacementLineDto"][];
        };
        MonthEventDto: {
            /**
             * @description attest or återöppning
             * @enum {string}
             */
            action: "sign" | "reopen";
            /** Format: uuid */
            userId: string;
            userName: string;
            /** Format: date-time */
            occurredAt: string;
            reason?: string | null;
        };
        MonthDialogueSummaryDto: {
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            status: "open" | "decided";
            /** Format: date */
            deadline: string;
            ameAccountRecorded: boolean;
            explanationRecorded: boolean;
            ifoAssessmentRecorded: boolean;
        };
        MonthReportDto: {
            /**
             * Format: uuid
             * @description Null until signed once
             */
            monthId?: string | null;
            participant: components["schemas"]["MonthReportParticipantDto"];
            /** @example 2026-04 */
            month: string;
            /**
             * @description open, or signed (attesterad) and locked
             * @enum {string}
             */
            status: "open" | "signed";
            /** @description Schemalagda timmar */
            scheduledHours: number;
            /** @description Närvarotimmar */
            presentHours: number;
            /** @description Frånvaro per kod */
            absence: components["schemas"]["AbsencePerCodeDto"];
            /** @description Days with ogiltig frånvaro */
            unexcusedDays: number;
            /** @description Passed scheduled days without a report (ej rapporterade dagar) */
            notReportedDays: number;
            notReportedHours: number;
            days: components["schemas"]["DayLineDto"][];
            /**
             * Format: uuid
             * @description Attesterad av
             */
            signedBy?: string | null;
            signedByName?: string | null;
            /** Format: date-time */
            signedAt?: string | null;
            /** @description Attest and återöppning, oldest first */
            events: components["schemas"]["MonthEventDto"][];
            /** @description Frånvarodialog of the month */
            dialogue?: components["schemas"]["MonthDialogueSummaryDto"] | null;
            /**
             * Format: date-time
             * @description Read by IFO
             */
            ifoReadAt?: string | null;
            /** @description Row version (ETag) */
            version: number;
        };
        UnexcusedDayDto: {
            /**
             * Format: date
             * @example 2026-04-07
             */
            day: string;
            /**
             * Format: uuid
             * @description The placement the day was reported on
             */
            placementId: string;
            /**
             * @description The day code: unexcused_absence (ogiltig frånvaro)
             * @enum {string}
             */
            code: "present" | "sick" | "sick_child" | "approved_absence" | "unexcused_absence" | "not_scheduled";
            /** @description Minutes present that day (null for a day of absence) */
            presentMinutes?: number | null;
        };
        DialogueDto: {
            /** Format: uuid */
            id: string;
            participant: components["schemas"]["MonthParticipantDto"];
            /** @example 2026-04 */
            month: string;
            /**
             * @description open, or decided (beslutad)
             * @enum {string}
             */
            status: "open" | "decided";
            /** Format: date-time */
            openedAt: string;
            unexcusedDaysAtOpening: number;
            /**
             * Format: date
             * @description Deadline (svarsfrist)
             */
            deadline: string;
            /** @description AME:s redogörelse */
            ameAccount?: string | null;
            keepingTimesIsPlanGoal?: boolean | null;
            /** Format: uuid */
            ameAccountBy?: string | null;
            /** Format: date-time */
            ameAccountAt?: string | null;
            /** @description Deltagarens förklaring (kommunicering) */
            participantExplanation?: string | null;
            /** @enum {string|null} */
            explanationChannel?: "meeting" | "phone" | "letter" | "digital" | "failed_attempt" | null;
            /** Format: uuid */
            explanationBy?: string | null;
            /** Format: date-time */
            explanationAt?: string | null;
            /** @description IFO:s bedömning */
            ifoAssessment?: string | null;
            /** Format: uuid */
            ifoAssessmentBy?: string | null;
            /** Format: date-time */
            ifoAssessmentAt?: string | null;
            /** @description AME's account and the explanation (or a failed attempt) exist */
            readyForDecision: boolean;
            /** @description The month's days reported as unexcused absence (ogiltig frånvaro) as recorded now, earliest first (a later correction may make them fewer than unexcusedDaysAtOpening) */
            unexcusedDays: components["schemas"]["UnexcusedDayDto"][];
            /** @description What you may do next, given the state and your part in the dialogue: record_ame_account (AME:s redogörelse), record_participant_explanation (kommunicering), record_ifo_assessment (IFO:s bedömning), decide (beslut, once the account and the explanation or a failed attempt exist), supersede_decision (a new decision replacing the latest, once decided) */
            allowedActions: ("record_ame_account" | "record_participant_explanation" | "record_ifo_assessment" | "decide" | "supersede_decision")[];
            version: number;
        };
        DialoguePageDto: {
            items: components["schemas"]["DialogueDto"][];
            nextCursor?: string | null;
        };
        AmeAccountDto: {
            /** @description AME's account: the reason and context (AME:s redogörelse) */
            account: string;
            /** @description Keeping times is itself a goal of the plan (att passa tider är ett mål i planen) */
            keepingTimesIsPlanGoal: boolean;
        };
        ParticipantExplanationDto: {
            /** @description The participant's own explanation; for failed_attempt a note of the attempt (when and how) — required either way */
            explanation?: string;
            /**
             * @description How it was obtained (kommunicering): meeting, phone, letter, digital, or failed_attempt
             * @enum {string}
             */
            channel: "meeting" | "phone" | "letter" | "digital" | "failed_attempt";
        };
        IfoAssessmentDto: {
            /** @description IFO's assessment (IFO:s bedömning) */
            assessment: string;
        };
        CreateDecisionDto: {
            /**
             * @description no_action (ingen åtgärd), warning (varning) or deduction (avdrag)
             * @enum {string}
             */
            kind: "no_action" | "warning" | "deduction";
            /** @description Avdrag in öre, entered by the caseworker (Steg never computes or proposes it); only for a deduction */
            amountOre?: number;
            /**
             * Format: date
             * @description First day of the deduction period
             */
            periodFrom?: string;
            /**
             * Format: date
             * @description Last day of the deduction period
             */
            periodTo?: string;
            /** @description The reasoning (motivering) */
            reasoning: string;
            /**
             * Format: uuid
             * @description The decision this one supersedes (ersätter)
             */
            supersedesId?: string;
            /** @description Why the earlier decision is superseded */
            supersedeReason?: string;
        };
        DecisionDto: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            dialogueId: string;
            /** Format: uuid */
            participantId: string;
            /**
             * @description ingen åtgärd, varning or avdrag
             * @enum {string}
             */
            kind: "no_action" | "warning" | "deduction";
            /** @description Avdrag in öre */
            amountOre?: number | null;
            /** Format: date */
            periodFrom?: string | null;
            /** Format: date */
            periodTo?: string | null;
            reasoning: string;
            /** Format: uuid */
            decidedBy: string;
            /** Format: date-time */
            decidedAt: string;
            /** Format: uuid */
            supersedesId?: string | null;
            supersedeReason?: string | null;
            /**
             * Format: uuid
             * @description Superseded by (ersatt av)
             */
            supersededById?: string | null;
        };
        DecisionListDto: {
            /** @description Oldest first */
            items: components["schemas"]["DecisionDto"][];
        };
        CaseImportDto: {
            /**
             * @description csv: UTF-8 (with or without BOM), `;` or `,` separated; xlsx: the first worksheet. One row per case; the first row names the columns: personnummer, förnamn, efternamn, födelsedatum (optional), ärendenummer (optional), källa, inkom (aktualiseringsdatum), mottagen (optional), enhet (name or id), ansvarig (the coach’s username), inskrivningsdatum, avslutsdatum and utfall (A–E) for a closed case, avslutsorsak (optional: arbete, studier, överlämnad, avslutat uppdrag, övrigt)
             * @enum {string}
             */
            format: "csv" | "xlsx";
            /**
             * Format: byte
             * @description The file, base64-encoded (the request body limit, BODY_LIMIT_BYTES, applies to it)
             */
            content: string;
        };
        CaseImportRowProblemDto: {
            /** @description Row in the file; the header is row 1 */
            row: number;
            /** @example identityNumber */
            field: string;
            /** @example identityNumber.checkDigit */
            rule: string;
            message: string;
        };
        CaseImportReportDto: {
            /** @description Cases (referral + enrolment) written now */
            accepted: number;
            /** @description Rows whose case an earlier run already imported: nothing changed */
            alreadyImported: number;
            /** @description People the import registered (the register had the others already) */
            participantsCreated: number;
            /** @description Rejected rows with the reason (one item per problem) */
            rejected: components["schemas"]["CaseImportRowProblemDto"][];
        };
        SurveyQuestionDto: {
            /** Format: uuid */
            id: string;
            /** @description The statement or question (påstående) */
            text: string;
            /**
             * @description scale = answered on the agree scale; free_text = fritext
             * @enum {string}
             */
            kind: "scale" | "free_text";
            /** @description Lowest value of the scale; null for free text */
            scaleMin: number | null;
            /** @description Highest value of the scale; null for free text */
            scaleMax: number | null;
            /** @description What the lowest value means */
            lowLabel: string | null;
            /** @description What the highest value means */
            highLabel: string | null;
            /** @description The Kolada key figure it feeds (U40460–U40469) */
            koladaId: string | null;
            /** @description The standard item it is (finsam_60 … finsam_69, free_text); null for your own */
            standardKey: string | null;
            /** @description Order in the survey */
            position: number;
            /** @description Asked in new surveys; a deactivated question keeps its answers */
            active: boolean;
            /** @description Row version; send it back as If-Match: "<version>" to deactivate */
            version: number;
        };
        SurveyQuestionListDto: {
            /** @description Every question, active first, in order */
            items: components["schemas"]["SurveyQuestionDto"][];
        };
        CreateSurveyQuestionDto: {
            /** @description The statement or question, as the participant reads it */
            text: string;
            /** @enum {string} */
            kind: "scale" | "free_text";
            /** @description Scale questions: lowest value (default 1) */
            scaleMin?: number;
            /** @description Scale questions: highest value (default 5) */
            scaleMax?: number;
            /** @description Scale questions: what the lowest value means (default "Instämmer inte alls") */
            lowLabel?: string;
            /** @description Scale questions: what the highest value means (default "Instämmer helt") */
            highLabel?: string;
            /**
             * @description The Kolada key figure the question feeds, e.g. U40460
             * @example U40460
             */
            koladaId?: string;
        };
        SurveyLinkSummaryDto: {
            /** Format: uuid */
            id: string;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            expiresAt: string;
            /**
             * Format: date-time
             * @description When it was used
             */
            usedAt: string | null;
        };
        SurveyStatusDto: {
            /** Format: uuid */
            placementId: string;
            /**
             * @description The participant survey after a finished intervention (brukaruppföljning; Kolada "Deltagarbedömning Finsam", U40460–U40469). not_due = the placement has not ended; due = ended, neither answered nor declined
             * @enum {string}
             */
            state: "not_due" | "due" | "answered" | "declined";
            /** @description The day the placement ended */
            placementEndedOn: string | null;
            /**
             * @description How it was answered or declined
             * @enum {string|null}
             */
            channel: "meeting" | "link" | null;
            /** Format: date-time */
            respondedAt: string | null;
            /** @description The active questions, to ask in a meeting, while due (empty otherwise). Answers are never shown. */
            questions: components["schemas"]["SurveyQuestionDto"][];
            /** @description One-time links sent, the latest first */
            links: components["schemas"]["SurveyLinkSummaryDto"][];
        };
        SurveyAnswerDto: {
            /**
             * Format: uuid
             * @description An active question of the survey
             */
            questionId: string;
            /** @description A whole number within the question's scale (default 1 = instämmer inte alls … 5 = instämmer helt) */
            value?: number;
            /** @description "Vet inte" (don't know), instead of a value */
            dontKnow?: boolean;
            /** @description The answer to a free-text question (fritext) */
            text?: string;
        };
        RecordSurveyResponseDto: {
            /** @description The answers given; a question left out is not answered. At least one answer. */
            answers: components["schemas"]["SurveyAnswerDto"][];
        };
        CreateSurveyLinkDto: {
            /** @description Days the link works (default 14, at most 60) */
            validDays?: number;
        };
        SurveyLinkCreatedDto: {
            /** Format: uuid */
            id: string;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            expiresAt: string;
            /**
             * Format: date-time
             * @description When it was used
             */
            usedAt: string | null;
            /** @description The one-time token (256 random bits). Shown only now: only its SHA-256 is stored. Send the participant a link that carries it; the survey opens at GET /api/v1/survey-links/{token}. */
            token: string;
            /** @description The API path of the survey, e.g. for the web app to build the link */
            path: string;
        };
        PublicSurveyQuestionDto: {
            /** Format: uuid */
            id: string;
            /** @description The statement or question (påstående) */
            text: string;
            /**
             * @description scale = answered on the agree scale; free_text = fritext
             * @enum {string}
             */
            kind: "scale" | "free_text";
            /** @description Lowest value of the scale; null for free text */
            scaleMin: number | null;
            /** @description Highest value of the scale; null for free text */
            scaleMax: number | null;
            /** @description What the lowest value means */
            lowLabel: string | null;
            /** @description What the highest value means */
            highLabel: string | null;
        };
        PublicSurveyDto: {
            questions: components["schemas"]["PublicSurveyQuestionDto"][];
            /** @description The label of the "don't know" choice offered beside every scale */
            dontKnowLabel: string;
        };
        SurveyResultsDto: {
            /** @description The smallest group shown */
            minimumGroupSize: number;
            groups: components["schemas"]["SurveyResultGroupDto"][];
        };
        BipScoreInputDto: {
            /**
             * @description The indicator (indikator), by its stable code from GET /bip-indicators
             * @example labour_market_knowledge
             */
            indicatorCode: string;
            /**
             * @description The respondent's score on the assessment's scale (default 1–5); null leaves the item open in a draft
             * @example 3
             */
            score: number | null;
            /**
             * @description Who answered (vem som svarat): participant = deltagarens självskattning; caseworker = handläggarens bedömning — only for the caseworker-only indicator caseworker_belief, which the participant never answers
             * @enum {string}
             */
            answeredBy: "participant" | "caseworker";
            /** @description The caseworker's own view (handläggarens skattning) beside a participant item, on the same scale */
            caseworkerScore?: number | null;
        };
        CreateBipAssessmentDto: {
            /** @description A comment on the assessment (kommentar) */
            comment?: string | null;
            /** @description The items scored so far, one per indicator; a draft may leave some out or null */
            scores: components["schemas"]["BipScoreInputDto"][];
            /**
             * @description The day of the assessment (mätdatum): not in the future, not before the enrolment start
             * @example 2026-03-16
             */
            assessedOn: string;
            /** @description true = complete it at once (every indicator needs its score); default false = a draft */
            complete?: boolean;
        };
        BipScoreDto: {
            indicatorCode: string;
            score: number | null;
            /** @enum {string} */
            answeredBy: "participant" | "caseworker";
            /** @description The caseworker's own view, if given */
            caseworkerScore: number | null;
        };
        BipAssessmentDto: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            participantId: string;
            /** Format: uuid */
            enrolmentId: string;
            /** @description The day of the assessment (mätdatum) */
            assessedOn: string;
            /**
             * @description draft = utkast, complete = klar
             * @enum {string}
             */
            status: "draft" | "complete";
            /** @description The lowest score of the scale recorded with the assessment */
            scaleMin: number;
            /** @description The highest score of the scale recorded with the assessment */
            scaleMax: number;
            comment: string | null;
            /** @description In the indicators order */
            scores: components["schemas"]["BipScoreDto"][];
            /**
             * Format: uuid
             * @description The assessment it corrects
             */
            supersedesId: string | null;
            /** @description Why it corrects it (skäl till rättelsen) */
            correctionReason: string | null;
            /**
             * Format: uuid
             * @description The correction that supersedes this one; a superseded assessment no longer counts
             */
            supersededById: string | null;
            /** Format: uuid */
            createdBy: string;
            /** Format: date-time */
            createdAt: string;
            /** Format: uuid */
            completedBy: string | null;
            /** Format: date-time */
            completedAt: string | null;
            /** @description Row version; also the ETag */
            version: number;
        };
        BipDueDto: {
            /**
             * @description baseline = nollmätning at the enrolment start; last_assessment = from the last complete one
             * @enum {string}
             */
            basis: "baseline" | "last_assessment";
            /** @description The first day the next assessment is due */
            dueOn: string;
            /** @description The first day it is overdue (after the grace days) */
            overdueOn: string;
            /**
             * @description not_due = ej aktuell, due = dags, overdue = försenad
             * @enum {string}
             */
            status: "not_due" | "due" | "overdue";
            intervalMonths: number;
            graceDays: number;
        };
        BipAssessmentListDto: {
            /** @description Every assessment of the enrolment, the latest first */
            items: components["schemas"]["BipAssessmentDto"][];
            /** @description When the next is due; null once exited */
            due: components["schemas"]["BipDueDto"] | null;
        };
        UpdateBipAssessmentDto: {
            /**
             * @description The day of the assessment (mätdatum)
             * @example 2026-03-16
             */
            assessedOn?: string;
            /** @description A comment on the assessment (kommentar) */
            comment?: string | null;
            /** @description All the draft's items: they replace the ones saved */
            scores?: components["schemas"]["BipScoreInputDto"][];
        };
        CorrectBipAssessmentDto: {
            /** @description A comment on the assessment (kommentar) */
            comment?: string | null;
            /** @description The items scored so far, one per indicator; a draft may leave some out or null */
            scores: components["schemas"]["BipScoreInputDto"][];
            /**
             * @description The day of the assessment (mätdatum)
             * @example 2026-03-16
             */
            assessedOn: string;
            /** @description Why the assessment is corrected (skäl till rättelsen) */
            reason: string;
        };
        BipPointDto: {
            /** Format: uuid */
            assessmentId: string;
            assessedOn: string;
            scaleMin: number;
            scaleMax: number;
            scores: components["schemas"]["BipScoreDto"][];
        };
        BipChangeDto: {
            indicatorCode: string;
            baseline: number | null;
            latest: number | null;
            /** @description latest − baseline; null when a score is missing or the scales differ */
            change: number | null;
        };
        BipPlacementDto: {
            /** Format: uuid */
            placementId: string;
            /** Format: uuid */
            instanceId: string;
            /** @description The intervention instance (insats) */
            instanceName: string | null;
            startDate: string;
            actualEndDate: string | null;
        };
        BipIntervalDto: {
            /** Format: uuid */
            fromAssessmentId: string;
            /** Format: uuid */
            toAssessmentId: string;
            from: string;
            to: string;
            /** @description Placements (placeringar) active at some day between the two assessments */
            placements: components["schemas"]["BipPlacementDto"][];
        };
        BipEnrolmentProgressDto: {
            /** Format: uuid */
            enrolmentId: string;
            /** @description Complete, not superseded assessments, the earliest first */
            series: components["schemas"]["BipPointDto"][];
            /** @description Per indicator, from the baseline (nollmätning, the first) to the latest; empty with fewer than two */
            changeSinceBaseline: components["schemas"]["BipChangeDto"][];
            /** @description Between each two assessments in a row */
            intervals: components["schemas"]["BipIntervalDto"][];
        };
        BipProgressDto: {
            /** Format: uuid */
            participantId: string;
            /** @description Per enrolment with any complete assessment */
            enrolments: components["schemas"]["BipEnrolmentProgressDto"][];
        };
        BipIndicatorDto: {
            /**
             * @description Stable code
             * @example labour_market_knowledge
             */
            code: string;
            /** @description Order on the form (1–11) */
            position: number;
            /** @example Kunskap om arbetsmarknaden */
            labelSv: string;
            /** @example Knowledge of the labour market */
            labelEn: string;
            /**
             * @description Who answers it: the participant's self-assessment, or the caseworker alone
             * @enum {string}
             */
            respondent: "participant" | "caseworker";
        };
        BipIndicatorListDto: {
            items: components["schemas"]["BipIndicatorDto"][];
        };
        BipSettingsDto: {
            intervalMonths: number;
            graceDays: number;
            scaleMin: number;
            scaleMax: number;
            /** @description true while the municipality uses the defaults (3 months, 14 days, 1–5) */
            isDefault: boolean;
            /** @description Row version; also the ETag. 0 while the defaults apply */
            version: number;
            /** Format: date-time */
            updatedAt: string | null;
        };
        UpdateBipSettingsDto: {
            /**
             * @description Months between BIP assessments (about every 3 months)
             * @example 3
             */
            intervalMonths: number;
            /**
             * @description Days after the due day before it counts as overdue
             * @example 14
             */
            graceDays: number;
            /**
             * @description The lowest score of the scale of new assessments
             * @example 1
             */
            scaleMin: number;
            /**
             * @description The highest score; greater than scaleMin
             * @example 5
             */
            scaleMax: number;
        };
        RecordOutcomeFollowUpDto: {
            /**
             * @description The checkpoint: months after the exit, one of the municipality's (1, 6, 12 by default)
             * @example 6
             */
            checkpointMonths: number;
            /**
             * @description Where the person stands (status)
             * @enum {string}
             */
            status: "working" | "studying" | "assistance" | "other" | "unknown";
            /**
             * @description Who or what told us (källa)
             * @enum {string}
             */
            source: "participant" | "employer" | "ifo_register" | "arbetsformedlingen" | "other";
            /** @description The day it was found out: not in the future, not before the exit */
            observedOn: string;
            /** @description A short note (anteckning) */
            note?: string;
            /**
             * @description Subsidised employment (subventionerad anställning), only with status working: extratjanst = extratjänst, lonebidrag = lönebidragsanställning, other_municipal = annan kommunal arbetsmarknadsanställning; with subsidisedUntil, its last day (60 days before it the coach is warned when no next step is planned)
             * @enum {string|null}
             */
            subsidisedEmployment?: "extratjanst" | "lonebidrag" | "other_municipal" | null;
            /** @description Last day of the subsidised employment */
            subsidisedUntil?: string | null;
        };
        OutcomeFollowUpDto: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            enrolmentId: string;
            /** Format: uuid */
            participantId: string;
            checkpointMonths: number;
            /** @enum {string} */
            status: "working" | "studying" | "assistance" | "other" | "unknown";
            /** @enum {string} */
            source: "participant" | "employer" | "ifo_register" | "arbetsformedlingen" | "other";
            observedOn: string;
            note: string | null;
            /**
             * @description Subsidised employment (subventionerad anställning), only with status working: extratjanst = extratjänst, lonebidrag = lönebidragsanställning, other_municipal = annan kommunal arbetsmarknadsanställning; with subsidisedUntil, its last day (60 days before it the coach is warned when no next step is planned)
             * @enum {string|null}
             */
            subsidisedEmployment: "extratjanst" | "lonebidrag" | "other_municipal" | null;
            subsidisedUntil: string | null;
            /** @description Whether this is the current record (not superseded by a correction) */
            current: boolean;
            /** Format: uuid */
            supersedesId: string | null;
            correctionReason: string | null;
            /** Format: uuid */
            recordedBy: string;
            /** Format: date-time */
            recordedAt: string;
            /** Format: date-time */
            supersededAt: string | null;
            /** Format: uuid */
            supersededBy: string | null;
            /** @description For If-Match on a correction */
            version: number;
        };
        OutcomeCheckpointDto: {
            /** @description Months after the exit */
            months: number;
            /** @description Exactly that many months after the exit (a day the month lacks: its last day) */
            dueOn: string;
            /** @description The first overdue day (after the grace days) */
            overdueFrom: string;
            /** @enum {string} */
            state: "not_due" | "due" | "overdue" | "recorded";
            /**
             * Format: uuid
             * @description The current follow-up, once recorded
             */
            followUpId: string | null;
        };
        OutcomeFollowUpListDto: {
            /** @description The exit date (avslutsdatum) */
            exitDate: string;
            /** @description The municipality's checkpoints and where each stands today */
            checkpoints: components["schemas"]["OutcomeCheckpointDto"][];
            /** @description Every follow-up, corrections included, the latest first */
            items: components["schemas"]["OutcomeFollowUpDto"][];
        };
        CorrectOutcomeFollowUpDto: {
            /** @enum {string} */
            status: "working" | "studying" | "assistance" | "other" | "unknown";
            /** @enum {string} */
            source: "participant" | "employer" | "ifo_register" | "arbetsformedlingen" | "other";
            /** @description Not in the future, not before the exit */
            observedOn: string;
            /** @description A short note (anteckning) */
            note?: string;
            /**
             * @description Subsidised employment (subventionerad anställning), only with status working: extratjanst = extratjänst, lonebidrag = lönebidragsanställning, other_municipal = annan kommunal arbetsmarknadsanställning; with subsidisedUntil, its last day (60 days before it the coach is warned when no next step is planned)
             * @enum {string|null}
             */
            subsidisedEmployment?: "extratjanst" | "lonebidrag" | "other_municipal" | null;
            /** @description Last day of the subsidised employment */
            subsidisedUntil?: string | null;
            /** @description Why the follow-up is corrected */
            reason: string;
        };
        OutcomeFollowUpSettingsDto: {
            months: number[];
            graceDays: number;
            /** @description true while the defaults apply (1, 6, 12 months; 30 days) */
            isDefault: boolean;
            /** @description Row version; also the ETag. 0 while the defaults apply */
            version: number;
            /** Format: date-time */
            updatedAt?: string | null;
        };
        UpdateOutcomeFollowUpSettingsDto: {
            /**
             * @description Months after exit to follow up at, ascending, 1–36
             * @example [
             *       1,
             *       6,
             *       12
             *     ]
             */
            months: string[];
            /**
             * @description Days after the due day it is still only due; overdue from the day after
             * @example 30
             */
            graceDays: number;
        };
        RecordAssistancePeriodDto: {
            /**
             * @description First day of försörjningsstöd (inclusive), not in the future
             * @example 2026-01-01
             */
            fromDate: string;
            /**
             * @description Last day (inclusive); null or left out while the period lasts (open)
             * @example 2026-06-30
             */
            toDate?: string | null;
            /**
             * @description The person's role in the household (applicant = sökande, co_applicant = medsökande)
             * @enum {string}
             */
            householdRole: "applicant" | "co_applicant";
        };
        AssistancePeriodDto: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            participantId: string;
            /** @description First day (inclusive) */
            fromDate: string;
            /** @description Last day (inclusive); null while open */
            toDate: string | null;
            /**
             * @description applicant = sökande, co_applicant = medsökande
             * @enum {string}
             */
            householdRole: "applicant" | "co_applicant";
            /**
             * @description Recorded by IFO in Steg, or imported
             * @enum {string}
             */
            origin: "recorded" | "imported";
            /** @description Whether this is the current record (not superseded by a correction) */
            current: boolean;
            /**
             * Format: uuid
             * @description The period this one corrects
             */
            supersedesId: string | null;
            /** @description Why this correction was made */
            correctionReason: string | null;
            /** Format: uuid */
            recordedBy: string;
            /** Format: date-time */
            recordedAt: string;
            /** Format: date-time */
            supersededAt: string | null;
            /** Format: uuid */
            supersededBy: string | null;
            /** @description For If-Match on a correction */
            version: number;
        };
        AssistancePeriodListDto: {
            /** @description Every period of the person, corrections included, the latest start first */
            items: components["schemas"]["AssistancePeriodDto"][];
        };
        CorrectAssistancePeriodDto: {
            /**
             * @description First day of försörjningsstöd (inclusive), not in the future
             * @example 2026-01-01
             */
            fromDate: string;
            /**
             * @description Last day (inclusive); null or left out while the period lasts (open)
             * @example 2026-06-30
             */
            toDate?: string | null;
            /**
             * @description The person's role in the household (applicant = sökande, co_applicant = medsökande)
             * @enum {string}
             */
            householdRole: "applicant" | "co_applicant";
            /** @description Why the period is corrected (e.g. the assistance ended, a wrong date) */
            reason: string;
        };
        AssistanceImportDto: {
            /**
             * @description csv: UTF-8 (with or without BOM), `;` or `,` separated; xlsx: the first worksheet. One row per period of försörjningsstöd; the first row names the columns: personnummer (or samordningsnummer; any number the person has had), från (fromDate), till (toDate; empty while the period lasts), hushållsroll (sökande/medsökande or applicant/co_applicant)
             * @enum {string}
             */
            format: "csv" | "xlsx";
            /**
             * Format: byte
             * @description The file, base64-encoded (the request body limit, BODY_LIMIT_BYTES, applies to it)
             */
            content: string;
        };
        AssistanceImportRowProblemDto: {
            /** @description Row in the file; the header is row 1 */
            row: number;
            /** @example fromDate */
            field: string;
            /** @example period.noOverlap */
            rule: string;
            message: string;
        };
        AssistanceImportReportDto: {
            /** @description Periods written now (origin imported) */
            accepted: number;
            /** @description Rows whose period the person already has, current and the same: nothing changed */
            alreadyImported: number;
            /** @description Rejected rows with the reason (one item per problem) */
            rejected: components["schemas"]["AssistanceImportRowProblemDto"][];
        };
        PartnerContactDto: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            partnerId: string;
            /** @description Kontaktperson */
            name: string;
            /** @description Roll */
            role?: string | null;
            email?: string | null;
            phone?: string | null;
            active: boolean;
            /**
             * @description Row version; send it back as If-Match: "<version>"
             * @example 1
             */
            version: number;
        };
        PartnerDto: {
            /** Format: uuid */
            id: string;
            /**
             * @description arbetsformedlingen = Arbetsförmedlingen, forsakringskassan = Försäkringskassan, region = Region (hälso- och sjukvården), employer = arbetsgivare, civil_society = idéburen organisation (IOP-part), other_municipality = annan kommun, samordningsforbund = samordningsförbund (Finsam), other = övrig
             * @enum {string}
             */
            type: "arbetsformedlingen" | "forsakringskassan" | "region" | "employer" | "civil_society" | "other_municipality" | "samordningsforbund" | "other";
            name: string;
            /** @description Organisationsnummer, NNNNNN-NNNN */
            organisationNumber?: string | null;
            active: boolean;
            /** @description Contact people, active and retired, by name */
            contacts: components["schemas"]["PartnerContactDto"][];
            /**
             * @description Row version; send it back as If-Match: "<version>"
             * @example 1
             */
            version: number;
            createdAt: string;
            updatedAt: string;
        };
        PartnerPageDto: {
            items: components["schemas"]["PartnerDto"][];
            nextCursor?: string | null;
        };
        PartnerContactInputDto: {
            /**
             * @description Name of the contact person (kontaktperson)
             * @example Anna Andersson
             */
            name: string;
            /** @description Their role at the partner (roll), e.g. arbetsförmedlare */
            role?: string;
            /** @example anna.andersson@partner.example */
            email?: string;
            /** @example 010-123 45 67 */
            phone?: string;
        };
        CreatePartnerDto: {
            /**
             * @description arbetsformedlingen = Arbetsförmedlingen, forsakringskassan = Försäkringskassan, region = Region (hälso- och sjukvården), employer = arbetsgivare, civil_society = idéburen organisation (IOP-part), other_municipality = annan kommun, samordningsforbund = samordningsförbund (Finsam), other = övrig
             * @enum {string}
             */
            type: "arbetsformedlingen" | "forsakringskassan" | "region" | "employer" | "civil_society" | "other_municipality" | "samordningsforbund" | "other";
            /**
             * @description Name, unique in the municipality
             * @example Arbetsförmedlingen Timrå
             */
            name: string;
            /**
             * @description Organisationsnummer, NNNNNN-NNNN or 10 digits: Luhn check digit, third digit at least 2 (a legal person). A sole trader (enskild näringsidkare) trades under a personnummer: leave it out (personal data does not belong in organisation data). Stored and shown as NNNNNN-NNNN.
             * @example 202100-2114
             */
            organisationNumber?: string;
            /** @description Contact people (kontaktpersoner) */
            contacts?: components["schemas"]["PartnerContactInputDto"][];
        };
        UpdatePartnerDto: {
            /**
             * @description arbetsformedlingen = Arbetsförmedlingen, forsakringskassan = Försäkringskassan, region = Region (hälso- och sjukvården), employer = arbetsgivare, civil_society = idéburen organisation (IOP-part), other_municipality = annan kommun, samordningsforbund = samordningsförbund (Finsam), other = övrig
             * @enum {string}
             */
            type?: "arbetsformedlingen" | "forsakringskassan" | "region" | "employer" | "civil_society" | "other_municipality" | "samordningsforbund" | "other";
            /** @description Name, unique in the municipality */
            name?: string;
            /** @description Organisationsnummer, NNNNNN-NNNN or 10 digits: Luhn check digit, third digit at least 2 (a legal person). A sole trader (enskild näringsidkare) trades under a personnummer: leave it out (personal data does not belong in organisation data). Stored and shown as NNNNNN-NNNN. null clears it. */
            organisationNumber?: string | null;
            /** @description false: no longer a partner (history and agreements stay) */
            active?: boolean;
        };
        UpdatePartnerContactDto: {
            name?: string;
            /** @description null clears it */
            role?: string | null;
            /** @description null clears it */
            email?: string | null;
            /** @description null clears it */
            phone?: string | null;
            /** @description false: no longer a contact (kept for the involvements naming them) */
            active?: boolean;
        };
        AgreementPartyDto: {
            /** Format: uuid */
            partnerId: string;
            name: string;
            /** @enum {string} */
            type: "arbetsformedlingen" | "forsakringskassan" | "region" | "employer" | "civil_society" | "other_municipality" | "samordningsforbund" | "other";
        };
        AgreementGoalDto: {
            /** @description Mål */
            description: string;
            /** @description Uppföljning */
            followUp: string;
        };
        AgreementDto: {
            /** Format: uuid */
            id: string;
            /**
             * @description local_agreement = lokal överenskommelse (LÖK) med Arbetsförmedlingen, cooperation_agreement = annan överenskommelse/samverkansavtal, iop = idéburet offentligt partnerskap, work_training = en arbetsgivares avtal om arbetsträningsplatser, finsam = överenskommelse inom samordningsförbund (finansiell samordning), other = övrigt
             * @enum {string}
             */
            kind: "local_agreement" | "cooperation_agreement" | "iop" | "work_training" | "finsam" | "other";
            title: string;
            /** @description Syfte */
            purpose: string;
            /** @description Parties (parter) besides the municipality */
            parties: components["schemas"]["AgreementPartyDto"][];
            goals: components["schemas"]["AgreementGoalDto"][];
            /** @description Gäller från */
            validFrom: string;
            /** @description Gäller till och med; null = tills vidare */
            validTo?: string | null;
            /** @description In force today (gäller idag) */
            inForce: boolean;
            /** @description Days left to validTo when it ends within 60 days (0 on the last day); else null */
            expiresInDays?: number | null;
            /** @description Diarienummer or document link */
            documentReference?: string | null;
            /**
             * Format: uuid
             * @description Ansvarig
             */
            responsibleUserId: string;
            /**
             * @description Row version; send it back as If-Match: "<version>"
             * @example 1
             */
            version: number;
            createdAt: string;
            updatedAt: string;
        };
        AgreementPageDto: {
            items: components["schemas"]["AgreementDto"][];
            nextCursor?: string | null;
        };
        AgreementGoalInputDto: {
            /**
             * @description The goal (mål)
             * @example Minst 30 % av deltagarna går till arbete eller studier
             */
            description: string;
            /**
             * @description How the goal is followed up (uppföljning): the measure, how often, to whom
             * @example Andel vid avslut, halvårsvis till styrgruppen
             */
            followUp: string;
        };
        CreateAgreementDto: {
            /**
             * @description local_agreement = lokal överenskommelse (LÖK) med Arbetsförmedlingen, cooperation_agreement = annan överenskommelse/samverkansavtal, iop = idéburet offentligt partnerskap, work_training = en arbetsgivares avtal om arbetsträningsplatser, finsam = överenskommelse inom samordningsförbund (finansiell samordning), other = övrigt
             * @enum {string}
             */
            kind: "local_agreement" | "cooperation_agreement" | "iop" | "work_training" | "finsam" | "other";
            /**
             * @description Title (benämning)
             * @example Lokal överenskommelse 2026
             */
            title: string;
            /** @description Purpose (syfte) */
            purpose: string;
            /** @description The partners that are parties (parter); the municipality is always a party and not listed */
            partnerIds: string[];
            /** @description Goals (mål) and how each is followed up */
            goals?: components["schemas"]["AgreementGoalInputDto"][];
            /**
             * @description First day in force (gäller från)
             * @example 2026-01-01
             */
            validFrom: string;
            /**
             * @description Last day in force (gäller till och med); left out = until further notice
             * @example 2026-12-31
             */
            validTo?: string;
            /** @description Where the signed agreement is kept (diarienummer, document link) */
            documentReference?: string;
            /**
             * Format: uuid
             * @description The staff member responsible (ansvarig): an active admin, coach, manager or caseworker
             */
            responsibleUserId: string;
        };
        UpdateAgreementDto: {
            /**
             * @description local_agreement = lokal överenskommelse (LÖK) med Arbetsförmedlingen, cooperation_agreement = annan överenskommelse/samverkansavtal, iop = idéburet offentligt partnerskap, work_training = en arbetsgivares avtal om arbetsträningsplatser, finsam = överenskommelse inom samordningsförbund (finansiell samordning), other = övrigt
             * @enum {string}
             */
            kind?: "local_agreement" | "cooperation_agreement" | "iop" | "work_training" | "finsam" | "other";
            title?: string;
            purpose?: string;
            /** @description The parties, replaced whole */
            partnerIds?: string[];
            /** @description The goals, replaced whole */
            goals?: components["schemas"]["AgreementGoalInputDto"][];
            validFrom?: string;
            /** @description Last day in force; null = until further notice (an extension moves it later) */
            validTo?: string | null;
            /** @description null clears it */
            documentReference?: string | null;
            /** Format: uuid */
            responsibleUserId?: string;
        };
        CreatePartnerInvolvementDto: {
            /**
             * Format: uuid
             * @description The partner (samverkanspart): an active partner of your municipality
             */
            partnerId: string;
            /**
             * Format: uuid
             * @description Their contact person (kontaktperson), one of the partner’s
             */
            contactId?: string;
            /**
             * Format: uuid
             * @description The agreement it runs under
             */
            agreementId?: string;
            /**
             * @description What the partner does in the case (insats/roll)
             * @example Arbetsförmedlingen: matchning mot arbete, anställningsstöd
             */
            description: string;
            /**
             * @description From (fr.o.m.), not before the enrolment start
             * @example 2026-03-02
             */
            fromDate: string;
            /** @description To (t.o.m.); left out = ongoing */
            toDate?: string;
        };
        PartnerInvolvementDto: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            enrolmentId: string;
            /** Format: uuid */
            participantId: string;
            /** Format: uuid */
            partnerId: string;
            /** @description The partner’s name */
            partnerName: string;
            /** Format: uuid */
            contactId?: string | null;
            /** @description The contact person’s name */
            contactName?: string | null;
            /** Format: uuid */
            agreementId?: string | null;
            description: string;
            fromDate: string;
            toDate?: string | null;
            /** Format: uuid */
            recordedBy: string;
            /**
             * @description Row version; send it back as If-Match: "<version>"
             * @example 1
             */
            version: number;
            createdAt: string;
            updatedAt: string;
        };
        PartnerInvolvementListDto: {
            /** @description Earliest first (a handful per case, not paged) */
            items: components["schemas"]["PartnerInvolvementDto"][];
        };
        UpdatePartnerInvolvementDto: {
            /**
             * Format: uuid
             * @description null clears it
             */
            contactId?: string | null;
            /**
             * Format: uuid
             * @description null clears it
             */
            agreementId?: string | null;
            description?: string;
            fromDate?: string;
            /** @description The last day; null = ongoing */
            toDate?: string | null;
        };
        SipConsentInputDto: {
            /** @description The day the participant consented to SIP (samtycke), not in the future */
            givenOn: string;
            /** @description What the consent covers (omfattning), in the words used with the participant */
            covers: string;
            /** @description The participant agrees that närstående (relatives or others close to them) take part: a consent of its own */
            relativesIncluded: boolean;
            /** @description The day the participant withdrew the consent (återkallat samtycke). The same version must then name no external party or närstående; earlier versions keep who took part while the consent held */
            withdrawnOn?: string | null;
        };
        SipExternalPartyInputDto: {
            /**
             * Format: uuid
             * @description Send the id you read to keep following the same item in the new version. A new item gets one; or send a UUID of your own to name it in this same request (a measure or the overall responsibility)
             */
            id?: string | null;
            /**
             * @description region = Region (hälso- och sjukvård, psykiatri), forsakringskassan = Försäkringskassan, arbetsformedlingen = Arbetsförmedlingen, other_municipality = annan kommun, school = skola, other = annan
             * @enum {string}
             */
            organisationType: "region" | "forsakringskassan" | "arbetsformedlingen" | "other_municipality" | "school" | "other";
            /** @description The organisation or its part, e.g. "Psykiatriska öppenvårdsmottagningen" */
            organisationName: string;
            /** @description The contact person (kontaktperson) */
            personName?: string | null;
            /** @description Their role, e.g. "kurator", "handläggare" */
            role?: string | null;
        };
        SipRelativeInputDto: {
            /**
             * Format: uuid
             * @description Send the id you read to keep following the same item in the new version. A new item gets one; or send a UUID of your own to name it in this same request (a measure or the overall responsibility)
             */
            id?: string | null;
            /** @description Name of the närstående */
            name: string;
            /** @description Relation, e.g. "mor", "god man" */
            relation?: string | null;
        };
        SipNeedInputDto: {
            /**
             * Format: uuid
             * @description Send the id you read to keep following the same item in the new version. A new item gets one; or send a UUID of your own to name it in this same request (a measure or the overall responsibility)
             */
            id?: string | null;
            /** @description The need (behov), in words */
            description: string;
        };
        SipMeasureInputDto: {
            /**
             * Format: uuid
             * @description Send the id you read to keep following the same item in the new version. A new item gets one; or send a UUID of your own to name it in this same request (a measure or the overall responsibility)
             */
            id?: string | null;
            /**
             * Format: uuid
             * @description The need (behov) of this SIP the measure is for
             */
            needId: string;
            /** @description The measure (insats/åtgärd), in words */
            measure: string;
            /**
             * Format: uuid
             * @description Who provides it (ansvarig part): a municipal unit id or an external party id of this SIP
             */
            responsibleParty: string;
        };
        CreateSipDto: {
            /** @description The participant's consent to SIP. Required before anyone outside the municipality is recorded; once recorded it is withdrawn (withdrawnOn), never removed */
            consent?: components["schemas"]["SipConsentInputDto"] | null;
            /** @description The municipality's own units taking part (IFO, AME …) */
            unitIds: string[];
            /** @description People of organisations outside the municipality taking part (Region, Försäkringskassan …) */
            externalParties: components["schemas"]["SipExternalPartyInputDto"][];
            /** @description Närstående taking part: only with a consent that includes them (relativesIncluded) */
            relatives: components["schemas"]["SipRelativeInputDto"][];
            /** @description The needs (behov) the SIP coordinates */
            needs: components["schemas"]["SipNeedInputDto"][];
            /** @description Which party provides which measure for which need (vem gör vad) */
            measures: components["schemas"]["SipMeasureInputDto"][];
            /**
             * Format: uuid
             * @description Who holds overall responsibility (huvudansvar): a municipal unit id or an external party id
             */
            leadParty?: string | null;
            /** @description When the SIP is followed up (uppföljning) */
            followUpOn?: string | null;
            /**
             * Format: uuid
             * @description The participant's development plan (utvecklingsplan) the SIP relates to; when newly linked, an active one
             */
            planId?: string | null;
        };
        SipConsentDto: {
            /** @description Samtycke given on */
            givenOn: string;
            /** @description What the consent covers (omfattning) */
            covers: string;
            /** @description Närstående may take part */
            relativesIncluded: boolean;
            /** @description Återkallat on */
            withdrawnOn?: string | null;
            /**
             * Format: uuid
             * @description The staff user who recorded the consent as it stands
             */
            recordedBy: string;
            /** @description When they recorded it */
            recordedAt: string;
        };
        SipExternalPartyDto: {
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            organisationType: "region" | "forsakringskassan" | "arbetsformedlingen" | "other_municipality" | "school" | "other";
            organisationName: string;
            /** @description Kontaktperson */
            personName?: string | null;
            role?: string | null;
        };
        SipRelativeDto: {
            /** Format: uuid */
            id: string;
            /** @description Närstående */
            name: string;
            relation?: string | null;
        };
        SipNeedDto: {
            /** Format: uuid */
            id: string;
            /** @description Behov */
            description: string;
        };
        SipMeasureDto: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            needId: string;
            /** @description Insats/åtgärd */
            measure: string;
            /**
             * Format: uuid
             * @description A municipal unit id or an external party id
             */
            responsibleParty: string;
        };
        SipContentResponseDto: {
            consent?: components["schemas"]["SipConsentDto"] | null;
            unitIds: string[];
            externalParties: components["schemas"]["SipExternalPartyDto"][];
            relatives: components["schemas"]["SipRelativeDto"][];
            needs: components["schemas"]["SipNeedDto"][];
            measures: components["schemas"]["SipMeasureDto"][];
            /**
             * Format: uuid
             * @description Huvudansvar
             */
            leadParty?: string | null;
            /** @description Uppföljning */
            followUpOn?: string | null;
            /**
             * Format: uuid
             * @description Utvecklingsplan
             */
            planId?: string | null;
        };
        SipMeetingDto: {
            /** Format: uuid */
            id: string;
            heldOn: string;
            participantAttended: boolean;
            /** @description Unit, external party and närstående ids */
            attendees: string[];
            /** @description The SIP version the meeting was held under, naming its parties */
            versionNo: number;
            notes?: string | null;
            /** Format: uuid */
            recordedBy: string;
            recordedAt: string;
        };
        SipHistoryItemDto: {
            versionNo: number;
            /** Format: uuid */
            createdBy: string;
            createdAt: string;
            changeSummary?: string | null;
            /** @description The content fields that changed */
            changedFields: string[];
        };
        SipDto: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            participantId: string;
            /**
             * @description draft = utkast, active = pågår, closed = avslutad
             * @enum {string}
             */
            status: "draft" | "active" | "closed";
            /**
             * Format: uuid
             * @description The coordinator (samordnare)
             */
            coordinatorId: string;
            /** @description Uppföljning */
            followUpOn?: string | null;
            /** @description Started (draft → active) on */
            activatedOn?: string | null;
            /**
             * Format: uuid
             * @description Who started it
             */
            activatedBy?: string | null;
            closedOn?: string | null;
            /** @enum {string|null} */
            closeReason?: "goals_met" | "no_longer_needed" | "consent_withdrawn" | "participant_declined" | "moved" | "other" | null;
            closeNote?: string | null;
            /**
             * Format: uuid
             * @description Who closed it
             */
            closedBy?: string | null;
            /** @description The current version number of the content */
            versionNo: number;
            /** @description The ETag version (If-Match) */
            version: number;
            createdAt: string;
            content: components["schemas"]["SipContentResponseDto"];
            /** @description SIP meetings, the latest first */
            meetings: components["schemas"]["SipMeetingDto"][];
            /** @description Every version, the first first */
            history: components["schemas"]["SipHistoryItemDto"][];
        };
        SipSummaryDto: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            participantId: string;
            /**
             * @description draft = utkast, active = pågår, closed = avslutad
             * @enum {string}
             */
            status: "draft" | "active" | "closed";
            /**
             * Format: uuid
             * @description The coordinator (samordnare)
             */
            coordinatorId: string;
            /** @description Uppföljning */
            followUpOn?: string | null;
            /** @description Started (draft → active) on */
            activatedOn?: string | null;
            /**
             * Format: uuid
             * @description Who started it
             */
            activatedBy?: string | null;
            closedOn?: string | null;
            /** @enum {string|null} */
            closeReason?: "goals_met" | "no_longer_needed" | "consent_withdrawn" | "participant_declined" | "moved" | "other" | null;
            closeNote?: string | null;
            /**
             * Format: uuid
             * @description Who closed it
             */
            closedBy?: string | null;
            /** @description The current version number of the content */
            versionNo: number;
            /** @description The ETag version (If-Match) */
            version: number;
            createdAt: string;
        };
        SipListDto: {
            /** @description The participant's SIPs, the latest first */
            items: components["schemas"]["SipSummaryDto"][];
        };
        SipVersionDto: {
            versionNo: number;
            /** Format: uuid */
            createdBy: string;
            createdAt: string;
            changeSummary?: string | null;
            /** @description The content fields that changed */
            changedFields: string[];
            /** Format: uuid */
            sipId: string;
            /** @description The content exactly as saved */
            content: components["schemas"]["SipContentResponseDto"];
        };
        UpdateSipDto: {
            /** @description The participant's consent to SIP. Required before anyone outside the municipality is recorded; once recorded it is withdrawn (withdrawnOn), never removed */
            consent?: components["schemas"]["SipConsentInputDto"] | null;
            /** @description The municipality's own units taking part (IFO, AME …) */
            unitIds: string[];
            /** @description People of organisations outside the municipality taking part (Region, Försäkringskassan …) */
            externalParties: components["schemas"]["SipExternalPartyInputDto"][];
            /** @description Närstående taking part: only with a consent that includes them (relativesIncluded) */
            relatives: components["schemas"]["SipRelativeInputDto"][];
            /** @description The needs (behov) the SIP coordinates */
            needs: components["schemas"]["SipNeedInputDto"][];
            /** @description Which party provides which measure for which need (vem gör vad) */
            measures: components["schemas"]["SipMeasureInputDto"][];
            /**
             * Format: uuid
             * @description Who holds overall responsibility (huvudansvar): a municipal unit id or an external party id
             */
            leadParty?: string | null;
            /** @description When the SIP is followed up (uppföljning) */
            followUpOn?: string | null;
            /**
             * Format: uuid
             * @description The participant's development plan (utvecklingsplan) the SIP relates to; when newly linked, an active one
             */
            planId?: string | null;
            /** @description What changed, in words */
            changeSummary: string;
        };
        CloseSipDto: {
            /**
             * @description goals_met = målen uppnådda, no_longer_needed = samordning behövs inte längre, consent_withdrawn = samtycket återkallat, participant_declined = den enskilde avböjer, moved = flyttat, other = annat
             * @enum {string}
             */
            reason: "goals_met" | "no_longer_needed" | "consent_withdrawn" | "participant_declined" | "moved" | "other";
            /** @description The day it closed; default today, never in the future */
            closedOn?: string;
            /** @description Why, in words */
            note?: string;
        };
        RecordSipMeetingDto: {
            /** @description The day the SIP meeting (SIP-möte) was held, not in the future */
            heldOn: string;
            /** @description The participant took part */
            participantAttended: boolean;
            /** @description Who else took part: unit, external party and närstående ids of the SIP as it stands */
            attendees: string[];
            /** @description Notes from the meeting (anteckningar) */
            notes?: string;
        };
        QueueParticipantDto: {
            /**
             * Format: uuid
             * @description The open enrolment (inskrivning); you must see the person and be ame_coach or unit_manager of its AME unit
             */
            enrolmentId: string;
            /**
             * Format: uuid
             * @description The intervention instance, full on the day (ingen ledig plats)
             */
            instanceId: string;
            /**
             * @description Priority (prioritet): 1 = hög, 2 = normal, 3 = låg
             * @example 2
             * @enum {integer}
             */
            priority: 1 | 2 | 3;
            /**
             * @description Why the person waits for this intervention (skäl)
             * @example Behöver arbetsträning innan praktik
             */
            reason: string;
            /**
             * @description The day the wait began (väntar sedan); left out = today. Not in the future, not before the enrolment.
             * @example 2026-03-16
             */
            waitingSince?: string;
        };
        WaitingListEntryDto: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            participantId: string;
            /** Format: uuid */
            enrolmentId: string;
            /** Format: uuid */
            instanceId: string;
            /**
             * Format: uuid
             * @description The AME unit responsible for the instance
             */
            unitId: string;
            /**
             * @description Priority (prioritet): 1 = hög, 2 = normal, 3 = låg
             * @enum {integer}
             */
            priority: 1 | 2 | 3;
            reason: string;
            /**
             * @description Väntar sedan
             * @example 2026-03-02
             */
            waitingSince: string;
            /**
             * @description open = väntar, placed = placerad från kön (with the placement), removed = borttagen ur kön (with why)
             * @enum {string}
             */
            status: "open" | "placed" | "removed";
            /** @description Days waited (väntetid): until today while open, until the day the wait ended once closed */
            waitingDays: number;
            /** @description The day the wait ended: the placement’s start, or the day removed */
            endedOn: string | null;
            /**
             * Format: uuid
             * @description The placement, when placed
             */
            placementId: string | null;
            /** @description Why removed */
            closeReason: string | null;
            /** Format: uuid */
            createdBy: string;
            createdAt: string;
            /** Format: uuid */
            closedBy: string | null;
            closedAt: string | null;
            /** @description Version, also in the ETag */
            version: number;
        };
        WaitingListPageDto: {
            /** @description In queue order: priority 1 first, then who has waited longest */
            items: components["schemas"]["WaitingListEntryDto"][];
            /** @description Cursor for the next page */
            nextCursor?: string | null;
        };
        PlaceFromWaitingListDto: {
            /**
             * Format: uuid
             * @description The placement made in the instance for this person (POST /placements), starting on or after the day the wait began; the wait ends on its start date
             */
            placementId: string;
        };
        RemoveFromWaitingListDto: {
            /**
             * @description Why the person leaves the list (e.g. fått arbete, annan insats, avböjer)
             * @example Har fått ett arbete
             */
            reason: string;
        };
        ReportDeviationDto: {
            /**
             * @description deviation = avvikelse, complaint = klagomål
             * @enum {string}
             */
            kind: "deviation" | "complaint";
            /**
             * Format: uuid
             * @description The unit it concerns: one of your units
             */
            unitId: string;
            /**
             * Format: uuid
             * @description The participant (deltagare) it concerns, if any: you must reach that person
             */
            participantId?: string;
            /**
             * @description Who complained (klagande), required for a complaint: participant = deltagare, partner = samverkanspart, relative = anhörig, other = annan. A participant who complains is named through participantId (required), never by complainantName
             * @enum {string}
             */
            complainantKind?: "participant" | "partner" | "relative" | "other";
            /** @description The complainant's name, if given (free text); not for a participant's complaint (named through participantId) */
            complainantName?: string;
            /**
             * @description Categories: attendance_reporting = närvarorapportering, information_sharing = informationsöverföring/samverkan, treatment = bemötande, safety = säkerhet/arbetsmiljö, it = IT-system, other = övrigt.
             * @enum {string}
             */
            category: "attendance_reporting" | "information_sharing" | "treatment" | "safety" | "it" | "other";
            /**
             * @description Allvarlighetsgrad: låg, medel, hög, kritisk
             * @enum {string}
             */
            severity: "low" | "medium" | "high" | "critical";
            /** @description What happened (vad som hänt) */
            description: string;
            /**
             * @description The day it happened, not in the future
             * @example 2026-03-12
             */
            occurredOn: string;
        };
        DeviationTransitionDto: {
            /**
             * @description Null for the report
             * @enum {string|null}
             */
            fromState: "reported" | "under_investigation" | "measures_decided" | "closed" | null;
            /** @enum {string} */
            toState: "reported" | "under_investigation" | "measures_decided" | "closed";
            /**
             * Format: uuid
             * @description Who made the step
             */
            by: string;
            /** Format: date-time */
            at: string;
        };
        DeviationDto: {
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            kind: "deviation" | "complaint";
            /**
             * Format: uuid
             * @description The unit it concerns
             */
            unitId: string;
            /**
             * Format: uuid
             * @description The participant it names
             */
            participantId?: string | null;
            /** @enum {string|null} */
            complainantKind?: "participant" | "partner" | "relative" | "other" | null;
            complainantName?: string | null;
            /** @enum {string} */
            category: "attendance_reporting" | "information_sharing" | "treatment" | "safety" | "it" | "other";
            /** @enum {string} */
            severity: "low" | "medium" | "high" | "critical";
            /** @description What happened (vad som hänt) */
            description: string;
            /** @description The day it happened */
            occurredOn: string;
            /** @enum {string} */
            state: "reported" | "under_investigation" | "measures_decided" | "closed";
            /** Format: uuid */
            reportedBy: string;
            /** Format: date-time */
            reportedAt: string;
            /** @description The day it was reported (Europe/Stockholm) */
            reportedOn: string;
            /** @description The unit manager's analysis (analys) */
            analysis?: string | null;
            /** @description The measures decided (åtgärder) */
            measures?: string | null;
            /**
             * Format: uuid
             * @description Who closed it
             */
            closedBy?: string | null;
            /** Format: date-time */
            closedAt?: string | null;
            /** @description Every step, oldest first (who, when) */
            transitions: components["schemas"]["DeviationTransitionDto"][];
            /** @description What you may do next (investigate, decide_measures, close): only a unit manager of its unit */
            allowedActions: ("investigate" | "decide_measures" | "close")[];
            /** @description Version for If-Match (also in the ETag header) */
            version: number;
        };
        DeviationSummaryItemDto: {
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            kind: "deviation" | "complaint";
            /** Format: uuid */
            unitId: string;
            /** Format: uuid */
            participantId?: string | null;
            /** @enum {string} */
            category: "attendance_reporting" | "information_sharing" | "treatment" | "safety" | "it" | "other";
            /** @enum {string} */
            severity: "low" | "medium" | "high" | "critical";
            /** @enum {string} */
            state: "reported" | "under_investigation" | "measures_decided" | "closed";
            occurredOn: string;
            reportedOn: string;
            /** Format: uuid */
            reportedBy: string;
            version: number;
        };
        DeviationPageDto: {
            items: components["schemas"]["DeviationSummaryItemDto"][];
            nextCursor?: string | null;
        };
        DeviationCountDto: {
            /**
             * @description The month reported, YYYY-MM
             * @example 2026-03
             */
            month: string;
            /** @enum {string} */
            category: "attendance_reporting" | "information_sharing" | "treatment" | "safety" | "it" | "other";
            /** @description Deviations and complaints reported (not people); null when suppressed */
            reported: number | null;
            /** @description Of them, complaints (klagomål); null when suppressed (1–4 for an analyst) */
            complaints: number | null;
            /** @description Of them, closed (avslutade) by now; null when suppressed (1–4 for an analyst) */
            closed: number | null;
            /** @description Some count of the row is hidden (null) by small-number suppression: only in the municipality-wide (analyst) view */
            suppressed: boolean;
        };
        DeviationStatsDto: {
            from: string;
            to: string;
            /**
             * @description units = the units you manage; municipality = the whole municipality (analyst)
             * @enum {string}
             */
            scope: "units" | "municipality";
            /** @description One row per month and category that has any; counts of deviations, never of people */
            counts: components["schemas"]["DeviationCountDto"][];
        };
        DecideMeasuresDto: {
            /** @description The unit manager's analysis (analys): causes, what went wrong */
            analysis: string;
            /** @description The measures decided (beslutade åtgärder) */
            measures: string;
        };
        ProblemFieldError: {
            /**
             * @description The field, as a path
             * @example entries[2].presentMinutes
             */
            field: string;
            /**
             * @description The rule broken
             * @example max
             */
            rule: string;
            /** @example presentMinutes must not be greater than 1440 */
            message: string;
        };
        /** @description RFC 9457 problem details */
        Problem: {
            /** @example https://steg.se/problems/validation-failed */
            type: string;
            /** @example Bad Request */
            title: string;
            /** @example 400 */
            status: number;
            /** @example The request has 1 invalid field. */
            detail: string;
            /**
             * @description Stable error code
             * @example VALIDATION_FAILED
             */
            code: string;
            /**
             * @description The request path
             * @example /api/v1/participants
             */
            instance?: string;
            errors?: components["schemas"]["ProblemFieldError"][];
            /**
             * @description Also sent as the X-Request-Id header
             * @example 6f1c2b0e-6a33-4c0e-9a43-2a1f3f9b8d10
             */
            correlationId?: string;
        } & {
            [key: string]: unknown;
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    Health_check: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The Health Check is successful */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @example ok */
                        status?: string;
                        /**
                         * @example {
                         *       "database": {
                         *         "status": "up"
                         *       }
                         *     }
                         */
                        info?: {
                            [key: string]: {
                                status: string;
                            } & {
                                [key: string]: unknown;
                            };
                        } | null;
                        /** @example {} */
                        error?: {
                            [key: string]: {
                                status: string;
                            } & {
                                [key: string]: unknown;
                            };
                        } | null;
                        /**
                         * @example {
                         *       "database": {
                         *         "status": "up"
                         *       }
                         *     }
                         */
                        details?: {
                            [key: string]: {
                                status: string;
                            } & {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            /** @description The Health Check is not successful */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @example error */
                        status?: string;
                        /**
                         * @example {
                         *       "database": {
                         *         "status": "up"
                         *       }
                         *     }
                         */
                        info?: {
                            [key: string]: {
                                status: string;
                            } & {
                                [key: string]: unknown;
                            };
                        } | null;
                        /**
                         * @example {
                         *       "redis": {
                         *         "status": "down",
                         *         "message": "Could not connect"
                         *       }
                         *     }
                         */
                        error?: {
                            [key: string]: {
                                status: string;
                            } & {
                                [key: string]: unknown;
                            };
                        } | null;
                        /**
                         * @example {
                         *       "database": {
                         *         "status": "up"
                         *       },
                         *       "redis": {
                         *         "status": "down",
                         *         "message": "Could not connect"
                         *       }
                         *     }
                         */
                        details?: {
                            [key: string]: {
                                status: string;
                            } & {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            /** @description Any route may also answer 429 (too many requests), 500 (with the correlation id, no internals) or 503 `DATABASE_UNAVAILABLE` with `Retry-After`. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    Health_live: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The Health Check is successful */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @example ok */
                        status?: string;
                        /**
                         * @example {
                         *       "database": {
                         *         "status": "up"
                         *       }
                         *     }
                         */
                        info?: {
                            [key: string]: {
                                status: string;
                            } & {
                                [key: string]: unknown;
                            };
                        } | null;
                        /** @example {} */
                        error?: {
                            [key: string]: {
                                status: string;
                            } & {
                                [key: string]: unknown;
                            };
                        } | null;
                        /**
                         * @example {
                         *       "database": {
                         *         "status": "up"
                         *       }
                         *     }
                         */
                        details?: {
                            [key: string]: {
                                status: string;
                            } & {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            /** @description The Health Check is not successful */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @example error */
                        status?: string;
                        /**
                         * @example {
                         *       "database": {
                         *         "status": "up"
                         *       }
                         *     }
                         */
                        info?: {
                            [key: string]: {
                                status: string;
                            } & {
                                [key: string]: unknown;
                            };
                        } | null;
                        /**
                         * @example {
                         *       "redis": {
                         *         "status": "down",
                         *         "message": "Could not connect"
                         *       }
                         *     }
                         */
                        error?: {
                            [key: string]: {
                                status: string;
                            } & {
                                [key: string]: unknown;
                            };
                        } | null;
                        /**
                         * @example {
                         *       "database": {
                         *         "status": "up"
                         *       },
                         *       "redis": {
                         *         "status": "down",
                         *         "message": "Could not connect"
                         *       }
                         *     }
                         */
                        details?: {
                            [key: string]: {
                                status: string;
                            } & {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            /** @description Any route may also answer 429 (too many requests), 500 (with the correlation id, no internals) or 503 `DATABASE_UNAVAILABLE` with `Retry-After`. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    Health_ready: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The Health Check is successful */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @example ok */
                        status?: string;
                        /**
                         * @example {
                         *       "database": {
                         *         "status": "up"
                         *       }
                         *     }
                         */
                        info?: {
                            [key: string]: {
                                status: string;
                            } & {
                                [key: string]: unknown;
                            };
                        } | null;
                        /** @example {} */
                        error?: {
                            [key: string]: {
                                status: string;
                            } & {
                                [key: string]: unknown;
                            };
                        } | null;
                        /**
                         * @example {
                         *       "database": {
                         *         "status": "up"
                         *       }
                         *     }
                         */
                        details?: {
                            [key: string]: {
                                status: string;
                            } & {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            /** @description The Health Check is not successful */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @example error */
                        status?: string;
                        /**
                         * @example {
                         *       "database": {
                         *         "status": "up"
                         *       }
                         *     }
                         */
                        info?: {
                            [key: string]: {
                                status: string;
                            } & {
                                [key: string]: unknown;
                            };
                        } | null;
                        /**
                         * @example {
                         *       "redis": {
                         *         "status": "down",
                         *         "message": "Could not connect"
                         *       }
                         *     }
                         */
                        error?: {
                            [key: string]: {
                                status: string;
                            } & {
                                [key: string]: unknown;
                            };
                        } | null;
                        /**
                         * @example {
                         *       "database": {
                         *         "status": "up"
                         *       },
                         *       "redis": {
                         *         "status": "down",
                         *         "message": "Could not connect"
                         *       }
                         *     }
                         */
                        details?: {
                            [key: string]: {
                                status: string;
                            } & {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            /** @description Any route may also answer 429 (too many requests), 500 (with the correlation id, no internals) or 503 `DATABASE_UNAVAILABLE` with `Retry-After`. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    Metrics_scrape: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Prometheus text format */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/plain": string;
                };
            };
            /** @description No or invalid credentials (problem+json). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Allowed for roles: none; API-key scopes: metrics:read. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Any route may also answer 429 (too many requests), 500 (with the correlation id, no internals) or 503 `DATABASE_UNAVAILABLE` with `Retry-After`. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    AuditReview_list: {
        parameters: {
            query?: {
                /** @description Events about this participant (per person) */
                participantId?: string;
                /** @description Events by this staff user (per user) */
                userId?: string;
                /** @description From this instant, or from the start of this day in Europe/Stockholm (YYYY-MM-DD). Inclusive. */
                from?: string;
                /** @description Up to this instant, or through the end of this day in Europe/Stockholm (YYYY-MM-DD). Inclusive. */
                to?: string;
                /** @description success, or denied (nekad åtkomst) */
                outcome?: "success" | "denied";
                /** @description Only events about people with protected identity (skyddade personuppgifter) */
                protectedOnly?: boolean;
                action?: "view" | "search" | "create" | "update" | "delete" | "export";
                limit?: number;
                /** @description nextCursor from the previous page */
                cursor?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AuditEventPageDto"];
                };
            };
            /** @description Invalid input: `errors[]` names each field and the rule it breaks, all of them at once. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No or invalid credentials (problem+json). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Allowed for roles: auditor, unit_manager. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Any route may also answer 429 (too many requests), 500 (with the correlation id, no internals) or 503 `DATABASE_UNAVAILABLE` with `Retry-After`. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    AuditReview_exportCsv: {
        parameters: {
            query?: {
                /** @description Events about this participant (per person) */
                participantId?: string;
                /** @description Events by this staff user (per user) */
                userId?: string;
                /** @description From this instant, or from the start of this day in Europe/Stockholm (YYYY-MM-DD). Inclusive. */
                from?: string;
                /** @description Up to this instant, or through the end of this day in Europe/Stockholm (YYYY-MM-DD). Inclusive. */
                to?: string;
                /** @description success, or denied (nekad åtkomst) */
                outcome?: "success" | "denied";
                /** @description Only events about people with protected identity (skyddade personuppgifter) */
                protectedOnly?: boolean;
                action?: "view" | "search" | "create" | "update" | "delete" | "export";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description text/csv, one event per row */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/csv": string;
                };
            };
            /** @description Invalid input: `errors[]` names each field and the rule it breaks, all of them at once. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No or invalid credentials (problem+json). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Allowed for roles: auditor, unit_manager. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Any route may also answer 429 (too many requests), 500 (with the correlation id, no internals) or 503 `DATABASE_UNAVAILABLE` with `Retry-After`. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    Auth_login: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retry safe: the same key and body give the first answer again (`Idempotency-Replayed: true`). */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "username": "coach",
                 *       "password": "steg-demo-coach"
                 *     }
                 */
                "application/json": components["schemas"]["LoginDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    /** @description Present (`true`) when this is the stored answer to an earlier request with the same key. */
                    "Idempotency-Replayed"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TokenDto"];
                };
            };
            /** @description Invalid input: `errors[]` names each field and the rule it breaks, all of them at once. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A request with this `Idempotency-Key` is still being handled, or its outcome was lost (retry later / check). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description This `Idempotency-Key` was used for a different request. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Any route may also answer 429 (too many requests), 500 (with the correlation id, no internals) or 503 `DATABASE_UNAVAILABLE` with `Retry-After`. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    Auth_me: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MeDto"];
                };
            };
            /** @description No or invalid credentials (problem+json). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Allowed for roles: ifo_caseworker, ame_coach, supervisor, unit_manager, analyst, admin, auditor. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Any route may also answer 429 (too many requests), 500 (with the correlation id, no internals) or 503 `DATABASE_UNAVAILABLE` with `Retry-After`. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    AdminUnits_list: {
        parameters: {
            query?: {
                limit?: number;
                /** @description nextCursor from the previous page */
                cursor?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UnitPageDto"];
                };
            };
            /** @description Invalid input: `errors[]` names each field and the rule it breaks, all of them at once. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No or invalid credentials (problem+json). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Allowed for roles: admin. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Any route may also answer 429 (too many requests), 500 (with the correlation id, no internals) or 503 `DATABASE_UNAVAILABLE` with `Retry-After`. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    AdminUnits_create: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retry safe: the same key and body give the first answer again (`Idempotency-Replayed: true`). */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "name": "AME Norr",
                 *       "type": "ifo"
                 *     }
                 */
                "application/json": components["schemas"]["CreateUnitDto"];
            };
        };
        responses: {
            /** @description ETag header carries the version */
            201: {
                headers: {
                    /** @description Present (`true`) when this is the stored answer to an earlier request with the same key. */
                    "Idempotency-Replayed"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UnitDto"];
                };
            };
            /** @description Invalid input: `errors[]` names each field and the rule it breaks, all of them at once. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No or invalid credentials (problem+json). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Allowed for roles: admin. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description UNIT_NAME_TAKEN A request with this `Idempotency-Key` is still being handled, or its outcome was lost (retry later / check). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description UNIT_PARENT_NOT_FOUND This `Idempotency-Key` was used for a different request. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Any route may also answer 429 (too many requests), 500 (with the correlation id, no internals) or 503 `DATABASE_UNAVAILABLE` with `Retry-After`. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    AdminUnits_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    /** @description The version of the resource, e.g. `"3"`: send it back in `If-Match` to change it. A masked view (skyddade personuppgifter) has none. */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UnitDto"];
                };
            };
            /** @description Invalid input: `errors[]` names each field and the rule it breaks, all of them at once. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No or invalid credentials (problem+json). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Allowed for roles: admin. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such unit in your municipality. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Any route may also answer 429 (too many requests), 500 (with the correlation id, no internals) or 503 `DATABASE_UNAVAILABLE` with `Retry-After`. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    AdminUnits_update: {
        parameters: {
            query?: never;
            header: {
                /** @description The ETag you read, e.g. "3" */
                "If-Match": string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /** @example {} */
                "application/json": components["schemas"]["UpdateUnitDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    /** @description The version of the resource, e.g. `"3"`: send it back in `If-Match` to change it. A masked view (skyddade personuppgifter) has none. */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UnitDto"];
                };
            };
            /** @description Invalid input: `errors[]` names each field and the rule it breaks, all of them at once. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No or invalid credentials (problem+json). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Allowed for roles: admin. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such unit in your municipality. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description UNIT_NAME_TAKEN */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description STALE_VERSION Stale: the `If-Match` version is not the current one; read the resource again. */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description UNIT_PARENT_NOT_FOUND, UNIT_PARENT_CYCLE */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `If-Match` is missing: send the `ETag` you read. */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Any route may also answer 429 (too many requests), 500 (with the correlation id, no internals) or 503 `DATABASE_UNAVAILABLE` with `Retry-After`. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    AdminUsers_list: {
        parameters: {
            query?: {
                limit?: number;
                /** @description nextCursor from the previous page */
                cursor?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StaffUserPageDto"];
                };
            };
            /** @description Invalid input: `errors[]` names each field and the rule it breaks, all of them at once. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No or invalid credentials (problem+json). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Allowed for roles: admin. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Any route may also answer 429 (too many requests), 500 (with the correlation id, no internals) or 503 `DATABASE_UNAVAILABLE` with `Retry-After`. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    AdminUsers_create: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retry safe: the same key and body give the first answer again (`Idempotency-Replayed: true`). */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "username": "anna.andersson",
                 *       "displayName": "Anna Andersson",
                 *       "memberships": [
                 *         {
                 *           "unitId": "3f6c1d2e-8b4a-4e7f-9c1d-2a3b4c5d6e7f",
                 *           "role": "ifo_caseworker"
                 *         }
                 *       ]
                 *     }
                 */
                "application/json": components["schemas"]["CreateUserDto"];
            };
        };
        responses: {
            /** @description ETag header carries the version */
            201: {
                headers: {
                    /** @description Present (`true`) when this is the stored answer to an earlier request with the same key. */
                    "Idempotency-Replayed"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StaffUserDto"];
                };
            };
            /** @description Invalid input: `errors[]` names each field and the rule it breaks, all of them at once. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No or invalid credentials (problem+json). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Allowed for roles: admin. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description USERNAME_TAKEN, EXTERNAL_SUBJECT_TAKEN A request with this `Idempotency-Key` is still being handled, or its outcome was lost (retry later / check). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description This `Idempotency-Key` was used for a different request. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Any route may also answer 429 (too many requests), 500 (with the correlation id, no internals) or 503 `DATABASE_UNAVAILABLE` with `Retry-After`. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    AdminUsers_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    /** @description The version of the resource, e.g. `"3"`: send it back in `If-Match` to change it. A masked view (skyddade personuppgifter) has none. */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StaffUserDto"];
                };
            };
            /** @description Invalid input: `errors[]` names each field and the rule it breaks, all of them at once. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No or invalid credentials (problem+json). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Allowed for roles: admin. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such user in your municipality. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Any route may also answer 429 (too many requests), 500 (with the correlation id, no internals) or 503 `DATABASE_UNAVAILABLE` with `Retry-After`. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    AdminUsers_update: {
        parameters: {
            query?: never;
            header: {
                /** @description The ETag you read, e.g. "3" */
                "If-Match": string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /** @example {} */
                "application/json": components["schemas"]["UpdateUserDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    /** @description The version of the resource, e.g. `"3"`: send it back in `If-Match` to change it. A masked view (skyddade personuppgifter) has none. */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StaffUserDto"];
                };
            };
            /** @description Invalid input: `errors[]` names each field and the rule it breaks, all of them at once. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No or invalid credentials (problem+json). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Allowed for roles: admin. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such user in your municipality. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description EXTERNAL_SUBJECT_TAKEN */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description STALE_VERSION Stale: the `If-Match` version is not the current one; read the resource again. */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `If-Match` is missing: send the `ETag` you read. */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Any route may also answer 429 (too many requests), 500 (with the correlation id, no internals) or 503 `DATABASE_UNAVAILABLE` with `Retry-After`. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    AdminUsers_replaceMemberships: {
        parameters: {
            query?: never;
            header: {
                /** @description The ETag you read, e.g. "3" */
                "If-Match": string;
                /** @description Makes a retry safe: the same key and body give the first answer again (`Idempotency-Replayed: true`). */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "memberships": [
                 *         {
                 *           "unitId": "3f6c1d2e-8b4a-4e7f-9c1d-2a3b4c5d6e7f",
                 *           "role": "ifo_caseworker"
                 *         }
                 *       ]
                 *     }
                 */
                "application/json": components["schemas"]["ReplaceMembershipsDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    /** @description Present (`true`) when this is the stored answer to an earlier request with the same key. */
                    "Idempotency-Replayed"?: "true";
                    /** @description The version of the resource, e.g. `"3"`: send it back in `If-Match` to change it. A masked view (skyddade personuppgifter) has none. */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StaffUserDto"];
                };
            };
            /** @description Invalid input: `errors[]` names each field and the rule it breaks, all of them at once. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No or invalid credentials (problem+json). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Allowed for roles: admin. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such user in your municipality. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A request with this `Idempotency-Key` is still being handled, or its outcome was lost (retry later / check). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description STALE_VERSION Stale: the `If-Match` version is not the current one; read the resource again. */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description This `Idempotency-Key` was used for a different request. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `If-Match` is missing: send the `ETag` you read. */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Any route may also answer 429 (too many requests), 500 (with the correlation id, no internals) or 503 `DATABASE_UNAVAILABLE` with `Retry-After`. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    AdminApiKeys_list: {
        parameters: {
            query?: {
                limit?: number;
                /** @description nextCursor from the previous page */
                cursor?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiKeyPageDto"];
                };
            };
            /** @description Invalid input: `errors[]` names each field and the rule it breaks, all of them at once. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No or invalid credentials (problem+json). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Allowed for roles: admin. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Any route may also answer 429 (too many requests), 500 (with the correlation id, no internals) or 503 `DATABASE_UNAVAILABLE` with `Retry-After`. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    AdminApiKeys_create: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retry safe: the same key and body give the first answer again (`Idempotency-Replayed: true`). */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "name": "Närvaro från arbetsplatsens terminal",
                 *       "scopes": [
                 *         "attendance:write"
                 *       ]
                 *     }
                 */
                "application/json": components["schemas"]["CreateApiKeyDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    /** @description Present (`true`) when this is the stored answer to an earlier request with the same key. */
                    "Idempotency-Replayed"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreatedApiKeyDto"];
                };
            };
            /** @description Invalid input: `errors[]` names each field and the rule it breaks, all of them at once. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No or invalid credentials (problem+json). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Allowed for roles: admin. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A request with this `Idempotency-Key` is still being handled, or its outcome was lost (retry later / check). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description This `Idempotency-Key` was used for a different request. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Any route may also answer 429 (too many requests), 500 (with the correlation id, no internals) or 503 `DATABASE_UNAVAILABLE` with `Retry-After`. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    AdminApiKeys_revoke: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Revoked */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid input: `errors[]` names each field and the rule it breaks, all of them at once. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No or invalid credentials (problem+json). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Allowed for roles: admin. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such API key in your municipality. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description API_KEY_ALREADY_REVOKED */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Any route may also answer 429 (too many requests), 500 (with the correlation id, no internals) or 503 `DATABASE_UNAVAILABLE` with `Retry-After`. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    UnitsDirectory_list: {
        parameters: {
            query?: {
                limit?: number;
                /** @description nextCursor from the previous page */
                cursor?: string;
                /** @description Only units of this type: ifo = individ- och familjeomsorg, ame = arbetsmarknadsenhet, site = work site (arbetsplats), other */
                type?: "ifo" | "ame" | "site" | "other";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DirectoryUnitPageDto"];
                };
            };
            /** @description Invalid input: `errors[]` names each field and the rule it breaks, all of them at once. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No or invalid credentials (problem+json). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Allowed for roles: ifo_caseworker, ame_coach, supervisor, unit_manager, analyst, admin, auditor. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Any route may also answer 429 (too many requests), 500 (with the correlation id, no internals) or 503 `DATABASE_UNAVAILABLE` with `Retry-After`. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    Participants_search: {
        parameters: {
            query?: {
                limit?: number;
                /** @description nextCursor from the previous page */
                cursor?: string;
                /** @description Any identity number the person has had, in any accepted form */
                identityNumber?: string;
                /** @description Part of the first or last name */
                name?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ParticipantPageDto"];
                };
            };
            /** @description Invalid input: `errors[]` names each field and the rule it breaks, all of them at once. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No or invalid credentials (problem+json). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Allowed for roles: ifo_caseworker, ame_coach, unit_manager. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Any route may also answer 429 (too many requests), 500 (with the correlation id, no internals) or 503 `DATABASE_UNAVAILABLE` with `Retry-After`. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    Participants_create: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retry safe: the same key and body give the first answer again (`Idempotency-Replayed: true`). */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "identityNumber": "19900101-0017",
                 *       "birthDate": "1990-01-01",
                 *       "firstName": "Anna",
                 *       "lastName": "Andersson",
                 *       "preferredLanguage": "arabiska",
                 *       "email": "anna@example.se",
                 *       "phone": "070-123 45 67"
                 *     }
                 */
                "application/json": components["schemas"]["CreateParticipantDto"];
            };
        };
        responses: {
            /** @description ETag header carries the version */
            201: {
                headers: {
                    /** @description Present (`true`) when this is the stored answer to an earlier request with the same key. */
                    "Idempotency-Replayed"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ParticipantDto"];
                };
            };
            /** @description Invalid input: `errors[]` names each field and the rule it breaks, all of them at once. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No or invalid credentials (problem+json). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Allowed for roles: ifo_caseworker, ame_coach. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description PARTICIPANT_ALREADY_REGISTERED A request with this `Idempotency-Key` is still being handled, or its outcome was lost (retry later / check). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description This `Idempotency-Key` was used for a different request. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Any route may also answer 429 (too many requests), 500 (with the correlation id, no internals) or 503 `DATABASE_UNAVAILABLE` with `Retry-After`. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    Participants_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    /** @description The version of the resource, e.g. `"3"`: send it back in `If-Match` to change it. A masked view (skyddade personuppgifter) has none. */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ParticipantDto"] | components["schemas"]["ParticipantForSupervisorDto"];
                };
            };
            /** @description Invalid input: `errors[]` names each field and the rule it breaks, all of them at once. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No or invalid credentials (problem+json). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Allowed for roles: ifo_caseworker, ame_coach, unit_manager, supervisor. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unknown, or not visible to you (no relation through your units): the same answer either way. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Any route may also answer 429 (too many requests), 500 (with the correlation id, no internals) or 503 `DATABASE_UNAVAILABLE` with `Retry-After`. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    Participants_update: {
        parameters: {
            query?: never;
            header: {
                /** @description The ETag you read, e.g. "3" */
                "If-Match": string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "birthDate": "1990-01-01",
                 *       "firstName": "Anna",
                 *       "lastName": "Andersson",
                 *       "preferredLanguage": "arabiska",
                 *       "email": "anna@example.se",
                 *       "phone": "070-123 45 67"
                 *     }
                 */
                "application/json": components["schemas"]["UpdateParticipantDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    /** @description The version of the resource, e.g. `"3"`: send it back in `If-Match` to change it. A masked view (skyddade personuppgifter) has none. */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ParticipantDto"];
                };
            };
            /** @description Invalid input: `errors[]` names each field and the rule it breaks, all of them at once. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No or invalid credentials (problem+json). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Allowed for roles: ifo_caseworker, ame_coach. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unknown, or not visible to you (no relation through your units): the same answer either way. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Stale: the `If-Match` version is not the current one; read the resource again. */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `If-Match` is missing: send the `ETag` you read. */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Any route may also answer 429 (too many requests), 500 (with the correlation id, no internals) or 503 `DATABASE_UNAVAILABLE` with `Retry-After`. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    Participants_replaceIdentifier: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retry safe: the same key and body give the first answer again (`Idempotency-Replayed: true`). */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "identityNumber": "19900101-0017",
                 *       "reason": "text"
                 *     }
                 */
                "application/json": components["schemas"]["ReplaceIdentifierDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    /** @description Present (`true`) when this is the stored answer to an earlier request with the same key. */
                    "Idempotency-Replayed"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ParticipantDto"];
                };
            };
            /** @description Invalid input: `errors[]` names each field and the rule it breaks, all of them at once. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No or invalid credentials (problem+json). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Allowed for roles: ifo_caseworker, ame_coach. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A request with this `Idempotency-Key` is still being handled, or its outcome was lost (retry later / check). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description This `Idempotency-Key` was used for a different request. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Any route may also answer 429 (too many requests), 500 (with the correlation id, no internals) or 503 `DATABASE_UNAVAILABLE` with `Retry-After`. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    Participants_addConsent: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retry safe: the same key and body give the first answer again (`Idempotency-Replayed: true`). */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "parties": [
                 *         "ifo"
                 *       ],
                 *       "covers": "text",
                 *       "givenOn": "2026-03-16",
                 *       "validUntil": "2027-03-16"
                 *     }
                 */
                "application/json": components["schemas"]["CreateConsentDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    /** @description Present (`true`) when this is the stored answer to an earlier request with the same key. */
                    "Idempotency-Replayed"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConsentDto"];
                };
            };
            /** @description Invalid input: `errors[]` names each field and the rule it breaks, all of them at once. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No or invalid credentials (problem+json). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Allowed for roles: ifo_caseworker, ame_coach. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A request with this `Idempotency-Key` is still being handled, or its outcome was lost (retry later / check). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description This `Idempotency-Key` was used for a different request. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Any route may also answer 429 (too many requests), 500 (with the correlation id, no internals) or 503 `DATABASE_UNAVAILABLE` with `Retry-After`. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    Participants_withdrawConsent: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retry safe: the same key and body give the first answer again (`Idempotency-Replayed: true`). */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
                consentId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "withdrawnOn": "2026-04-01"
                 *     }
                 */
                "application/json": components["schemas"]["WithdrawConsentDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    /** @description Present (`true`) when this is the stored answer to an earlier request with the same key. */
                    "Idempotency-Replayed"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConsentDto"];
                };
            };
            /** @description Invalid input: `errors[]` names each field and the rule it breaks, all of them at once. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No or invalid credentials (problem+json). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Allowed for roles: ifo_caseworker, ame_coach. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A request with this `Idempotency-Key` is still being handled, or its outcome was lost (retry later / check). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description This `Idempotency-Key` was used for a different request. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Any route may also answer 429 (too many requests), 500 (with the correlation id, no internals) or 503 `DATABASE_UNAVAILABLE` with `Retry-After`. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    Referrals_create: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retry safe: the same key and body give the first answer again (`Idempotency-Replayed: true`). */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "participantId": "3f6c1d2e-8b4a-4e7f-9c1d-2a3b4c5d6e7f",
                 *       "source": "ifo_economic_assistance",
                 *       "reason": "text",
                 *       "requestedSupport": "text",
                 *       "sharingBasis": "consent",
                 *       "receivingUnitId": "3f6c1d2e-8b4a-4e7f-9c1d-2a3b4c5d6e7f",
                 *       "desiredStart": "2026-04-01"
                 *     }
                 */
                "application/json": components["schemas"]["CreateReferralDto"];
            };
        };
        responses: {
            /** @description ETag header carries the version */
            201: {
                headers: {
                    /** @description Present (`true`) when this is the stored answer to an earlier request with the same key. */
                    "Idempotency-Replayed"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReferralDto"];
                };
            };
            /** @description Invalid input: `errors[]` names each field and the rule it breaks, all of them at once. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No or invalid credentials (problem+json). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Allowed for roles: ifo_caseworker, ame_coach. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description PARTICIPANT_NOT_FOUND: unknown or not visible to you */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A request with this `Idempotency-Key` is still being handled, or its outcome was lost (retry later / check). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description REFERRAL_CONSENT_NOT_VALID, REFERRAL_RECEIVING_UNIT_INVALID This `Idempotency-Key` was used for a different request. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Any route may also answer 429 (too many requests), 500 (with the correlation id, no internals) or 503 `DATABASE_UNAVAILABLE` with `Retry-After`. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    Referrals_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    /** @description The version of the resource, e.g. `"3"`: send it back in `If-Match` to change it. A masked view (skyddade personuppgifter) has none. */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReferralDto"];
                };
            };
            /** @description Invalid input: `errors[]` names each field and the rule it breaks, all of them at once. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No or invalid credentials (problem+json). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Allowed for roles: ifo_caseworker, ame_coach, unit_manager. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unknown, or not visible to you (no relation to the person through your units, and not sent to your AME unit): the same answer either way. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Any route may also answer 429 (too many requests), 500 (with the correlation id, no internals) or 503 `DATABASE_UNAVAILABLE` with `Retry-After`. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    Referrals_update: {
        parameters: {
            query?: never;
            header: {
                /** @description The ETag you read, e.g. "3" */
                "If-Match": string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /** @example {} */
                "application/json": components["schemas"]["UpdateReferralDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    /** @description The version of the resource, e.g. `"3"`: send it back in `If-Match` to change it. A masked view (skyddade personuppgifter) has none. */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReferralDto"];
                };
            };
            /** @description Invalid input: `errors[]` names each field and the rule it breaks, all of them at once. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No or invalid credentials (problem+json). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Allowed for roles: ifo_caseworker, ame_coach. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unknown, or not visible to you (no relation to the person through your units, and not sent to your AME unit): the same answer either way. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description REFERRAL_INVALID_TRANSITION: the status does not allow this (the body names status, action and allowed). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Stale: the `If-Match` version is not the current one; read the resource again. */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `If-Match` is missing: send the `ETag` you read. */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Any route may also answer 429 (too many requests), 500 (with the correlation id, no internals) or 503 `DATABASE_UNAVAILABLE` with `Retry-After`. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    Referrals_send: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retry safe: the same key and body give the first answer again (`Idempotency-Replayed: true`). */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    /** @description Present (`true`) when this is the stored answer to an earlier request with the same key. */
                    "Idempotency-Replayed"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReferralDto"];
                };
            };
            /** @description Invalid input: `errors[]` names each field and the rule it breaks, all of them at once. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No or invalid credentials (problem+json). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Allowed for roles: ifo_caseworker, ame_coach. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unknown, or not visible to you (no relation to the person through your units, and not sent to your AME unit): the same answer either way. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description REFERRAL_INVALID_TRANSITION: the status does not allow this (the body names status, action and allowed). A request with this `Idempotency-Key` is still being handled, or its outcome was lost (retry later / check). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description This `Idempotency-Key` was used for a different request. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Any route may also answer 429 (too many requests), 500 (with the correlation id, no internals) or 503 `DATABASE_UNAVAILABLE` with `Retry-After`. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    Referrals_withdraw: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retry safe: the same key and body give the first answer again (`Idempotency-Replayed: true`). */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "reason": "text"
                 *     }
                 */
                "application/json": components["schemas"]["ReferralReasonDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    /** @description Present (`true`) when this is the stored answer to an earlier request with the same key. */
                    "Idempotency-Replayed"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReferralDto"];
                };
            };
            /** @description Invalid input: `errors[]` names each field and the rule it breaks, all of them at once. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No or invalid credentials (problem+json). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Allowed for roles: ifo_caseworker, ame_coach. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unknown, or not visible to you (no relation to the person through your units, and not sent to your AME unit): the same answer either way. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description REFERRAL_INVALID_TRANSITION: the status does not allow this (the body names status, action and allowed). A request with this `Idempotency-Key` is still being handled, or its outcome was lost (retry later / check). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description This `Idempotency-Key` was used for a different request. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Any route may also answer 429 (too many requests), 500 (with the correlation id, no internals) or 503 `DATABASE_UNAVAILABLE` with `Retry-After`. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    Referrals_returnToSender: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retry safe: the same key and body give the first answer again (`Idempotency-Replayed: true`). */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "reason": "text"
                 *     }
                 */
                "application/json": components["schemas"]["ReferralReasonDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    /** @description Present (`true`) when this is the stored answer to an earlier request with the same key. */
                    "Idempotency-Replayed"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReferralDto"];
                };
            };
            /** @description Invalid input: `errors[]` names each field and the rule it breaks, all of them at once. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No or invalid credentials (problem+json). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Allowed for roles: ame_coach, unit_manager. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unknown, or not visible to you (no relation to the person through your units, and not sent to your AME unit): the same answer either way. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description REFERRAL_INVALID_TRANSITION: the status does not allow this (the body names status, action and allowed). A request with this `Idempotency-Key` is still being handled, or its outcome was lost (retry later / check). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description This `Idempotency-Key` was used for a different request. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Any route may also answer 429 (too many requests), 500 (with the correlation id, no internals) or 503 `DATABASE_UNAVAILABLE` with `Retry-After`. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    Referrals_accept: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retry safe: the same key and body give the first answer again (`Idempotency-Replayed: true`). */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "startDate": "2026-03-23",
                 *       "responsibleCoachId": "3f6c1d2e-8b4a-4e7f-9c1d-2a3b4c5d6e7f"
                 *     }
                 */
                "application/json": components["schemas"]["AcceptReferralDto"];
            };
        };
        responses: {
            /** @description enrolmentId names the new enrolment */
            200: {
                headers: {
                    /** @description Present (`true`) when this is the stored answer to an earlier request with the same key. */
                    "Idempotency-Replayed"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReferralDto"];
                };
            };
            /** @description Invalid input: `errors[]` names each field and the rule it breaks, all of them at once. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No or invalid credentials (problem+json). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Allowed for roles: ame_coach, unit_manager. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unknown, or not visible to you (no relation to the person through your units, and not sent to your AME unit): the same answer either way. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description REFERRAL_INVALID_TRANSITION: the status does not allow this (the body names status, action and allowed). ENROLMENT_ALREADY_OPEN. A request with this `Idempotency-Key` is still being handled, or its outcome was lost (retry later / check). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description ENROLMENT_COACH_INVALID, ENROLMENT_CASEWORKER_INVALID This `Idempotency-Key` was used for a different request. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Any route may also answer 429 (too many requests), 500 (with the correlation id, no internals) or 503 `DATABASE_UNAVAILABLE` with `Retry-After`. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    Enrolments_list: {
        parameters: {
            query: {
                limit?: number;
                /** @description nextCursor from the previous page */
                cursor?: string;
                /** @description The participant whose enrolments (inskrivningar) to list */
                participantId: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EnrolmentPageDto"];
                };
            };
            /** @description Invalid input: `errors[]` names each field and the rule it breaks, all of them at once. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No or invalid credentials (problem+json). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Allowed for roles: ifo_caseworker, ame_coach, unit_manager. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description PARTICIPANT_NOT_FOUND: unknown or not visible to you */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Any route may also answer 429 (too many requests), 500 (with the correlation id, no internals) or 503 `DATABASE_UNAVAILABLE` with `Retry-After`. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    Enrolments_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    /** @description The version of the resource, e.g. `"3"`: send it back in `If-Match` to change it. A masked view (skyddade personuppgifter) has none. */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EnrolmentDto"];
                };
            };
            /** @description Invalid input: `errors[]` names each field and the rule it breaks, all of them at once. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No or invalid credentials (problem+json). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Allowed for roles: ifo_caseworker, ame_coach, unit_manager. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unknown, or not visible to you (no relation to the person through your units). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Any route may also answer 429 (too many requests), 500 (with the correlation id, no internals) or 503 `DATABASE_UNAVAILABLE` with `Retry-After`. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    Enrolments_update: {
        parameters: {
            query?: never;
            header: {
                /** @description The ETag you read, e.g. "3" */
                "If-Match": string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /** @example {} */
                "application/json": components["schemas"]["UpdateEnrolmentDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    /** @description The version of the resource, e.g. `"3"`: send it back in `If-Match` to change it. A masked view (skyddade personuppgifter) has none. */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EnrolmentDto"];
                };
            };
            /** @description Invalid input: `errors[]` names each field and the rule it breaks, all of them at once. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No or invalid credentials (problem+json). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Allowed for roles: ame_coach, unit_manager. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unknown, or not visible to you (no relation to the person through your units). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description ENROLMENT_ALREADY_EXITED */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Stale: the `If-Match` version is not the current one; read the resource again. */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description ENROLMENT_COACH_INVALID, ENROLMENT_CASEWORKER_INVALID */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `If-Match` is missing: send the `ETag` you read. */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Any route may also answer 429 (too many requests), 500 (with the correlation id, no internals) or 503 `DATABASE_UNAVAILABLE` with `Retry-After`. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    Enrolments_startCorrections: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    /** @description The version of the resource, e.g. `"3"`: send it back in `If-Match` to change it. A masked view (skyddade personuppgifter) has none. */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EnrolmentStartCorrectionListDto"];
                };
            };
            /** @description Invalid input: `errors[]` names each field and the rule it breaks, all of them at once. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No or invalid credentials (problem+json). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Allowed for roles: ifo_caseworker, ame_coach, unit_manager. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unknown, or not visible to you (no relation to the person through your units). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Any route may also answer 429 (too many requests), 500 (with the correlation id, no internals) or 503 `DATABASE_UNAVAILABLE` with `Retry-After`. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    Enrolments_correctStart: {
        parameters: {
            query?: never;
            header: {
                /** @description The ETag you read, e.g. "3" */
                "If-Match": string;
                /** @description Makes a retry safe: the same key and body give the first answer again (`Idempotency-Replayed: true`). */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "startDate": "2026-03-02",
                 *       "reason": "Fel datum angavs vid inskrivningen; deltagaren började 2 mars."
                 *     }
                 */
                "application/json": components["schemas"]["CorrectEnrolmentStartDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    /** @description Present (`true`) when this is the stored answer to an earlier request with the same key. */
                    "Idempotency-Replayed"?: "true";
                    /** @description The version of the resource, e.g. `"3"`: send it back in `If-Match` to change it. A masked view (skyddade personuppgifter) has none. */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EnrolmentDto"];
                };
            };
            /** @description Invalid input: `errors[]` names each field and the rule it breaks, all of them at once. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No or invalid credentials (problem+json). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Allowed for roles: ame_coach, unit_manager. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unknown, or not visible to you (no relation to the person through your units). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description ENROLMENT_START_AFTER_PLACEMENT, ENROLMENT_START_AFTER_ATTENDANCE, ENROLMENT_START_AFTER_EXIT A request with this `Idempotency-Key` is still being handled, or its outcome was lost (retry later / check). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description STALE_VERSION: the enrolment changed since you read it Stale: the `If-Match` version is not the current one; read the resource again. */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description ENROLMENT_START_IN_FUTURE, ENROLMENT_START_BEFORE_REFERRAL, ENROLMENT_START_UNCHANGED This `Idempotency-Key` was used for a different request. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `If-Match` is missing: send the `ETag` you read. */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Any route may also answer 429 (too many requests), 500 (with the correlation id, no internals) or 503 `DATABASE_UNAVAILABLE` with `Retry-After`. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    Enrolments_exit: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retry safe: the same key and body give the first answer again (`Idempotency-Replayed: true`). */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "exitDate": "2026-03-16",
                 *       "destination": "employment",
                 *       "summary": "text"
                 *     }
                 */
                "application/json": components["schemas"]["ExitEnrolmentDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    /** @description Present (`true`) when this is the stored answer to an earlier request with the same key. */
                    "Idempotency-Replayed"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EnrolmentDto"];
                };
            };
            /** @description Invalid input: `errors[]` names each field and the rule it breaks, all of them at once. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No or invalid credentials (problem+json). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Allowed for roles: ame_coach, unit_manager. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unknown, or not visible to you (no relation to the person through your units). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description ENROLMENT_ALREADY_EXITED A request with this `Idempotency-Key` is still being handled, or its outcome was lost (retry later / check). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description EXIT_BEFORE_START This `Idempotency-Key` was used for a different request. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Any route may also answer 429 (too many requests), 500 (with the correlation id, no internals) or 503 `DATABASE_UNAVAILABLE` with `Retry-After`. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    ReportBacks_create: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retry safe: the same key and body give the first answer again (`Idempotency-Replayed: true`). */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "kind": "progress",
                 *       "message": "text"
                 *     }
                 */
                "application/json": components["schemas"]["CreateReportBackDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    /** @description Present (`true`) when this is the stored answer to an earlier request with the same key. */
                    "Idempotency-Replayed"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReportBackDto"];
                };
            };
            /** @description Invalid input: `errors[]` names each field and the rule it breaks, all of them at once. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No or invalid credentials (problem+json). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Allowed for roles: ame_coach, unit_manager. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unknown, or not visible to you (no relation through your units): the same answer either way. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description REPORT_BACK_ENROLMENT_CLOSED: more than 90 days after the exit A request with this `Idempotency-Key` is still being handled, or its outcome was lost (retry later / check). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description REPORT_BACK_NO_IFO_CASEWORKER: the enrolment has no IFO caseworker to send it to This `Idempotency-Key` was used for a different request. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Any route may also answer 429 (too many requests), 500 (with the correlation id, no internals) or 503 `DATABASE_UNAVAILABLE` with `Retry-After`. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    ReportBacks_markRead: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retry safe: the same key and body give the first answer again (`Idempotency-Replayed: true`). */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    /** @description Present (`true`) when this is the stored answer to an earlier request with the same key. */
                    "Idempotency-Replayed"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReportBackDto"];
                };
            };
            /** @description Invalid input: `errors[]` names each field and the rule it breaks, all of them at once. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No or invalid credentials (problem+json). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Allowed for roles: ifo_caseworker. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unknown, or not addressed to you: the same answer either way. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A request with this `Idempotency-Key` is still being handled, or its outcome was lost (retry later / check). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description This `Idempotency-Key` was used for a different request. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Any route may also answer 429 (too many requests), 500 (with the correlation id, no internals) or 503 `DATABASE_UNAVAILABLE` with `Retry-After`. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    ReportBacks_listForParticipant: {
        parameters: {
            query: {
                limit?: number;
                /** @description nextCursor from the previous page */
                cursor?: string;
                /** @description The participant whose report-backs to list */
                participantId: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReportBackPageDto"];
                };
            };
            /** @description Invalid input: `errors[]` names each field and the rule it breaks, all of them at once. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No or invalid credentials (problem+json). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Allowed for roles: ifo_caseworker, ame_coach, unit_manager. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unknown, or not visible to you (no relation through your units): the same answer either way. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Any route may also answer 429 (too many requests), 500 (with the correlation id, no internals) or 503 `DATABASE_UNAVAILABLE` with `Retry-After`. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    InterventionTypes_list: {
        parameters: {
            query?: {
                limit?: number;
                /** @description nextCursor from the previous page */
                cursor?: string;
                /** @description true: only active; false: only retired; left out: all */
                active?: boolean;
                category?: "work_training_internal" | "work_training_external" | "internship" | "job_track" | "sfi" | "language_training" | "development_year" | "health_motivation" | "study_motivation" | "group_coaching" | "structure_support" | "activity_ability_assessment" | "social_skills_training" | "job_search_activity" | "study_circles" | "individual" | "other";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InterventionTypePageDto"];
                };
            };
            /** @description Invalid input: `errors[]` names each field and the rule it breaks, all of them at once. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No or invalid credentials (problem+json). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Allowed for roles: admin, ame_coach, unit_manager. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Any route may also answer 429 (too many requests), 500 (with the correlation id, no internals) or 503 `DATABASE_UNAVAILABLE` with `Retry-After`. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    InterventionTypes_create: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retry safe: the same key and body give the first answer again (`Idempotency-Replayed: true`). */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "name": "Arbetsträning snickeri",
                 *       "category": "work_training_internal",
                 *       "jobFocused": false
                 *     }
                 */
                "application/json": components["schemas"]["CreateInterventionTypeDto"];
            };
        };
        responses: {
            /** @description ETag header carries the version */
            201: {
                headers: {
                    /** @description Present (`true`) when this is the stored answer to an earlier request with the same key. */
                    "Idempotency-Replayed"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InterventionTypeDto"];
                };
            };
            /** @description Invalid input: `errors[]` names each field and the rule it breaks, all of them at once. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No or invalid credentials (problem+json). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Allowed for roles: admin. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description INTERVENTION_TYPE_NAME_TAKEN A request with this `Idempotency-Key` is still being handled, or its outcome was lost (retry later / check). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description This `Idempotency-Key` was used for a different request. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Any route may also answer 429 (too many requests), 500 (with the correlation id, no internals) or 503 `DATABASE_UNAVAILABLE` with `Retry-After`. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    InterventionTypes_update: {
        parameters: {
            query?: never;
            header: {
                /** @description The ETag you read, e.g. "3" */
                "If-Match": string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /** @example {} */
                "application/json": components["schemas"]["UpdateInterventionTypeDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    /** @description The version of the resource, e.g. `"3"`: send it back in `If-Match` to change it. A masked view (skyddade personuppgifter) has none. */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InterventionTypeDto"];
                };
            };
            /** @description Invalid input: `errors[]` names each field and the rule it breaks, all of them at once. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No or invalid credentials (problem+json). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Allowed for roles: admin. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description INTERVENTION_TYPE_NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description INTERVENTION_TYPE_NAME_TAKEN */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description STALE_VERSION Stale: the `If-Match` version is not the current one; read the resource again. */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `If-Match` is missing: send the `ETag` you read. */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Any route may also answer 429 (too many requests), 500 (with the correlation id, no internals) or 503 `DATABASE_UNAVAILABLE` with `Retry-After`. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    Sites_list: {
        parameters: {
            query?: {
                limit?: number;
                /** @description nextCursor from the previous page */
                cursor?: string;
                active?: boolean;
                kind?: "internal" | "external_employer" | "partner";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SitePageDto"];
                };
            };
            /** @description Invalid input: `errors[]` names each field and the rule it breaks, all of them at once. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No or invalid credentials (problem+json). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Allowed for roles: admin, ame_coach, unit_manager. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Any route may also answer 429 (too many requests), 500 (with the correlation id, no internals) or 503 `DATABASE_UNAVAILABLE` with `Retry-After`. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    Sites_create: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retry safe: the same key and body give the first answer again (`Idempotency-Replayed: true`). */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "name": "Återbruket",
                 *       "kind": "internal"
                 *     }
                 */
                "application/json": components["schemas"]["CreateSiteDto"];
            };
        };
        responses: {
            /** @description ETag header carries the version */
            201: {
                headers: {
                    /** @description Present (`true`) when this is the stored answer to an earlier request with the same key. */
                    "Idempotency-Replayed"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SiteDto"];
                };
            };
            /** @description Invalid input: `errors[]` names each field and the rule it breaks, all of them at once. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No or invalid credentials (problem+json). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Allowed for roles: admin. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description SITE_NAME_TAKEN A request with this `Idempotency-Key` is still being handled, or its outcome was lost (retry later / check). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description SITE_UNIT_INVALID This `Idempotency-Key` was used for a different request. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Any route may also answer 429 (too many requests), 500 (with the correlation id, no internals) or 503 `DATABASE_UNAVAILABLE` with `Retry-After`. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    Sites_update: {
        parameters: {
            query?: never;
            header: {
                /** @description The ETag you read, e.g. "3" */
                "If-Match": string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /** @example {} */
                "application/json": components["schemas"]["UpdateSiteDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    /** @description The version of the resource, e.g. `"3"`: send it back in `If-Match` to change it. A masked view (skyddade personuppgifter) has none. */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SiteDto"];
                };
            };
            /** @description Invalid input: `errors[]` names each field and the rule it breaks, all of them at once. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No or invalid credentials (problem+json). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Allowed for roles: admin. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description SITE_NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description SITE_NAME_TAKEN, INTERVENTION_INSTANCE_IN_USE */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description STALE_VERSION Stale: the `If-Match` version is not the current one; read the resource again. */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description SITE_UNIT_INVALID */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `If-Match` is missing: send the `ETag` you read. */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Any route may also answer 429 (too many requests), 500 (with the correlation id, no internals) or 503 `DATABASE_UNAVAILABLE` with `Retry-After`. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    InterventionInstances_list: {
        parameters: {
            query?: {
                limit?: number;
                /** @description nextCursor from the previous page */
                cursor?: string;
                typeId?: string;
                siteId?: string;
                responsibleUnitId?: string;
                /** @description Only instances whose period contains this date */
                activeOn?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InterventionInstancePageDto"];
                };
            };
            /** @description Invalid input: `errors[]` names each field and the rule it breaks, all of them at once. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No or invalid credentials (problem+json). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Allowed for roles: admin, ame_coach, unit_manager. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Any route may also answer 429 (too many requests), 500 (with the correlation id, no internals) or 503 `DATABASE_UNAVAILABLE` with `Retry-After`. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    InterventionInstances_create: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retry safe: the same key and body give the first answer again (`Idempotency-Replayed: true`). */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "typeId": "3f6c1d2e-8b4a-4e7f-9c1d-2a3b4c5d6e7f",
                 *       "name": "Snickeriet HT 2026",
                 *       "responsibleUnitId": "3f6c1d2e-8b4a-4e7f-9c1d-2a3b4c5d6e7f",
                 *       "startsOn": "2026-01-05",
                 *       "endsOn": "2026-12-18"
                 *     }
                 */
                "application/json": components["schemas"]["CreateInterventionInstanceDto"];
            };
        };
        responses: {
            /** @description ETag header carries the version */
            201: {
                headers: {
                    /** @description Present (`true`) when this is the stored answer to an earlier request with the same key. */
                    "Idempotency-Replayed"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InterventionInstanceDetailDto"];
                };
            };
            /** @description Invalid input: `errors[]` names each field and the rule it breaks, all of them at once. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No or invalid credentials (problem+json). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Allowed for roles: admin. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A request with this `Idempotency-Key` is still being handled, or its outcome was lost (retry later / check). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description INTERVENTION_TYPE_INVALID, SITE_INVALID, RESPONSIBLE_UNIT_INVALID, INSTANCE_PERIOD_EXCLUDES_PLACEMENTS, INSTANCE_PERIOD_EXCLUDES_FUNDING This `Idempotency-Key` was used for a different request. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Any route may also answer 429 (too many requests), 500 (with the correlation id, no internals) or 503 `DATABASE_UNAVAILABLE` with `Retry-After`. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    InterventionInstances_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    /** @description The version of the resource, e.g. `"3"`: send it back in `If-Match` to change it. A masked view (skyddade personuppgifter) has none. */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InterventionInstanceDetailDto"];
                };
            };
            /** @description Invalid input: `errors[]` names each field and the rule it breaks, all of them at once. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No or invalid credentials (problem+json). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Allowed for roles: admin, ame_coach, unit_manager. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description INTERVENTION_INSTANCE_NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Any route may also answer 429 (too many requests), 500 (with the correlation id, no internals) or 503 `DATABASE_UNAVAILABLE` with `Retry-After`. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    InterventionInstances_update: {
        parameters: {
            query?: never;
            header: {
                /** @description The ETag you read, e.g. "3" */
                "If-Match": string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /** @example {} */
                "application/json": components["schemas"]["UpdateInterventionInstanceDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    /** @description The version of the resource, e.g. `"3"`: send it back in `If-Match` to change it. A masked view (skyddade personuppgifter) has none. */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InterventionInstanceDetailDto"];
                };
            };
            /** @description Invalid input: `errors[]` names each field and the rule it breaks, all of them at once. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No or invalid credentials (problem+json). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Allowed for roles: admin. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description INTERVENTION_INSTANCE_NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description INTERVENTION_INSTANCE_IN_USE */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description STALE_VERSION Stale: the `If-Match` version is not the current one; read the resource again. */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description INTERVENTION_TYPE_INVALID, SITE_INVALID, RESPONSIBLE_UNIT_INVALID, INSTANCE_PERIOD_EXCLUDES_PLACEMENTS, INSTANCE_PERIOD_EXCLUDES_FUNDING */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `If-Match` is missing: send the `ETag` you read. */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Any route may also answer 429 (too many requests), 500 (with the correlation id, no internals) or 503 `DATABASE_UNAVAILABLE` with `Retry-After`. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    WorkTeams_list: {
        parameters: {
            query?: {
                limit?: number;
                /** @description nextCursor from the previous page */
                cursor?: string;
                instanceId?: string;
                active?: boolean;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WorkTeamPageDto"];
                };
            };
            /** @description Invalid input: `errors[]` names each field and the rule it breaks, all of them at once. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No or invalid credentials (problem+json). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Allowed for roles: admin, ame_coach, unit_manager. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Any route may also answer 429 (too many requests), 500 (with the correlation id, no internals) or 503 `DATABASE_UNAVAILABLE` with `Retry-After`. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    WorkTeams_create: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retry safe: the same key and body give the first answer again (`Idempotency-Replayed: true`). */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "instanceId": "3f6c1d2e-8b4a-4e7f-9c1d-2a3b4c5d6e7f",
                 *       "name": "Renare stad",
                 *       "supervisorId": "3f6c1d2e-8b4a-4e7f-9c1d-2a3b4c5d6e7f"
                 *     }
                 */
                "application/json": components["schemas"]["CreateWorkTeamDto"];
            };
        };
        responses: {
            /** @description ETag header carries the version */
            201: {
                headers: {
                    /** @description Present (`true`) when this is the stored answer to an earlier request with the same key. */
                    "Idempotency-Replayed"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WorkTeamDto"];
                };
            };
            /** @description Invalid input: `errors[]` names each field and the rule it breaks, all of them at once. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No or invalid credentials (problem+json). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Allowed for roles: admin. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description WORK_TEAM_NAME_TAKEN A request with this `Idempotency-Key` is still being handled, or its outcome was lost (retry later / check). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description INTERVENTION_INSTANCE_INVALID, SUPERVISOR_INVALID This `Idempotency-Key` was used for a different request. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Any route may also answer 429 (too many requests), 500 (with the correlation id, no internals) or 503 `DATABASE_UNAVAILABLE` with `Retry-After`. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    WorkTeams_update: {
        parameters: {
            query?: never;
            header: {
                /** @description The ETag you read, e.g. "3" */
                "If-Match": string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /** @example {} */
                "application/json": components["schemas"]["UpdateWorkTeamDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    /** @description The version of the resource, e.g. `"3"`: send it back in `If-Match` to change it. A masked view (skyddade personuppgifter) has none. */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WorkTeamDto"];
                };
            };
            /** @description Invalid input: `errors[]` names each field and the rule it breaks, all of them at once. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No or invalid credentials (problem+json). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Allowed for roles: admin. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description WORK_TEAM_NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description WORK_TEAM_NAME_TAKEN */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description STALE_VERSION Stale: the `If-Match` version is not the current one; read the resource again. */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description SUPERVISOR_INVALID */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `If-Match` is missing: send the `ETag` you read. */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Any route may also answer 429 (too many requests), 500 (with the correlation id, no internals) or 503 `DATABASE_UNAVAILABLE` with `Retry-After`. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    Placements_list: {
        parameters: {
            query?: {
                limit?: number;
                /** @description nextCursor from the previous page */
                cursor?: string;
                /** @description Placements under this enrolment */
                enrolmentId?: string;
                /** @description All placements of this participant */
                participantId?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PlacementPageDto"];
                };
            };
            /** @description Invalid input: `errors[]` names each field and the rule it breaks, all of them at once. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No or invalid credentials (problem+json). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Allowed for roles: ifo_caseworker, ame_coach, unit_manager. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description ENROLMENT_NOT_FOUND or PARTICIPANT_NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Any route may also answer 429 (too many requests), 500 (with the correlation id, no internals) or 503 `DATABASE_UNAVAILABLE` with `Retry-After`. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    Placements_create: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retry safe: the same key and body give the first answer again (`Idempotency-Replayed: true`). */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "enrolmentId": "3f6c1d2e-8b4a-4e7f-9c1d-2a3b4c5d6e7f",
                 *       "instanceId": "3f6c1d2e-8b4a-4e7f-9c1d-2a3b4c5d6e7f",
                 *       "startDate": "2026-03-23",
                 *       "plannedEndDate": "2026-06-12",
                 *       "schedule": {
                 *         "days": [
                 *           {
                 *             "weekday": 1,
                 *             "start": "09:00",
                 *             "end": "12:00"
                 *           }
                 *         ]
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["CreatePlacementDto"];
            };
        };
        responses: {
            /** @description ETag header carries the version */
            201: {
                headers: {
                    /** @description Present (`true`) when this is the stored answer to an earlier request with the same key. */
                    "Idempotency-Replayed"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PlacementDto"];
                };
            };
            /** @description Invalid input: `errors[]` names each field and the rule it breaks, all of them at once. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No or invalid credentials (problem+json). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Allowed for roles: ame_coach, unit_manager. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description ENROLMENT_NOT_FOUND: unknown or not visible to you */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description PLACEMENT_CAPACITY_FULL, ENROLMENT_ALREADY_EXITED A request with this `Idempotency-Key` is still being handled, or its outcome was lost (retry later / check). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description PLACEMENT_BEFORE_ENROLMENT, PLACEMENT_OUTSIDE_INSTANCE_PERIOD, INTERVENTION_INSTANCE_INVALID, INTERVENTION_TYPE_RETIRED, WORK_TEAM_INVALID, SUPERVISOR_INVALID This `Idempotency-Key` was used for a different request. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Any route may also answer 429 (too many requests), 500 (with the correlation id, no internals) or 503 `DATABASE_UNAVAILABLE` with `Retry-After`. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    Placements_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    /** @description The version of the resource, e.g. `"3"`: send it back in `If-Match` to change it. A masked view (skyddade personuppgifter) has none. */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PlacementDto"] | components["schemas"]["PlacementForSupervisorDto"];
                };
            };
            /** @description Invalid input: `errors[]` names each field and the rule it breaks, all of them at once. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No or invalid credentials (problem+json). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Allowed for roles: ifo_caseworker, ame_coach, unit_manager, supervisor. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description PLACEMENT_NOT_FOUND: unknown, or not visible to you — the same answer either way. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Any route may also answer 429 (too many requests), 500 (with the correlation id, no internals) or 503 `DATABASE_UNAVAILABLE` with `Retry-After`. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    Placements_update: {
        parameters: {
            query?: never;
            header: {
                /** @description The ETag you read, e.g. "3" */
                "If-Match": string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /** @example {} */
                "application/json": components["schemas"]["UpdatePlacementDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    /** @description The version of the resource, e.g. `"3"`: send it back in `If-Match` to change it. A masked view (skyddade personuppgifter) has none. */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PlacementDto"];
                };
            };
            /** @description Invalid input: `errors[]` names each field and the rule it breaks, all of them at once. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No or invalid credentials (problem+json). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Allowed for roles: ame_coach, unit_manager. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description PLACEMENT_NOT_FOUND: unknown, or not visible to you — the same answer either way. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description PLACEMENT_ALREADY_ENDED, PLACEMENT_CAPACITY_FULL */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description STALE_VERSION Stale: the `If-Match` version is not the current one; read the resource again. */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description WORK_TEAM_INVALID, SUPERVISOR_INVALID, PLACEMENT_OUTSIDE_INSTANCE_PERIOD */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `If-Match` is missing: send the `ETag` you read. */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Any route may also answer 429 (too many requests), 500 (with the correlation id, no internals) or 503 `DATABASE_UNAVAILABLE` with `Retry-After`. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    Placements_expectedHours: {
        parameters: {
            query: {
                from: string;
                /** @description At most 366 days after from */
                to: string;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ExpectedHoursDto"];
                };
            };
            /** @description Invalid input: `errors[]` names each field and the rule it breaks, all of them at once. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No or invalid credentials (problem+json). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Allowed for roles: ifo_caseworker, ame_coach, unit_manager, supervisor. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description PLACEMENT_NOT_FOUND: unknown, or not visible to you — the same answer either way. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Any route may also answer 429 (too many requests), 500 (with the correlation id, no internals) or 503 `DATABASE_UNAVAILABLE` with `Retry-After`. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    Placements_addSchedule: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retry safe: the same key and body give the first answer again (`Idempotency-Replayed: true`). */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "validFrom": "2026-04-06",
                 *       "days": [
                 *         {
                 *           "weekday": 1,
                 *           "start": "09:00",
                 *           "end": "12:00"
                 *         }
                 *       ]
                 *     }
                 */
                "application/json": components["schemas"]["AddScheduleDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    /** @description Present (`true`) when this is the stored answer to an earlier request with the same key. */
                    "Idempotency-Replayed"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PlacementDto"];
                };
            };
            /** @description Invalid input: `errors[]` names each field and the rule it breaks, all of them at once. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No or invalid credentials (problem+json). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Allowed for roles: ame_coach, unit_manager. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description PLACEMENT_NOT_FOUND: unknown, or not visible to you — the same answer either way. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description PLACEMENT_ALREADY_ENDED A request with this `Idempotency-Key` is still being handled, or its outcome was lost (retry later / check). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description SCHEDULE_NOT_AFTER_LATEST, SCHEDULE_BEFORE_PLACEMENT_START, SCHEDULE_BACKDATED_WITHOUT_REASON This `Idempotency-Key` was used for a different request. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Any route may also answer 429 (too many requests), 500 (with the correlation id, no internals) or 503 `DATABASE_UNAVAILABLE` with `Retry-After`. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    Placements_end: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retry safe: the same key and body give the first answer again (`Idempotency-Replayed: true`). */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "actualEndDate": "2026-05-29",
                 *       "endReason": "completed"
                 *     }
                 */
                "application/json": components["schemas"]["EndPlacementDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    /** @description Present (`true`) when this is the stored answer to an earlier request with the same key. */
                    "Idempotency-Replayed"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PlacementDto"];
                };
            };
            /** @description Invalid input: `errors[]` names each field and the rule it breaks, all of them at once. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No or invalid credentials (problem+json). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Allowed for roles: ame_coach, unit_manager. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description PLACEMENT_NOT_FOUND: unknown, or not visible to you — the same answer either way. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description PLACEMENT_ALREADY_ENDED A request with this `Idempotency-Key` is still being handled, or its outcome was lost (retry later / check). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description PLACEMENT_END_BEFORE_START This `Idempotency-Key` was used for a different request. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Any route may also answer 429 (too many requests), 500 (with the correlation id, no internals) or 503 `DATABASE_UNAVAILABLE` with `Retry-After`. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    SupervisorPlacements_list: {
        parameters: {
            query?: {
                limit?: number;
                /** @description nextCursor from the previous page */
                cursor?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SupervisorPlacementPageDto"];
                };
            };
            /** @description Invalid input: `errors[]` names each field and the rule it breaks, all of them at once. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No or invalid credentials (problem+json). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Allowed for roles: supervisor. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Any route may also answer 429 (too many requests), 500 (with the correlation id, no internals) or 503 `DATABASE_UNAVAILABLE` with `Retry-After`. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    SupervisorWorkTeams_list: {
        parameters: {
            query?: {
                limit?: number;
                /** @description nextCursor from the previous page */
                cursor?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SupervisorWorkTeamPageDto"];
                };
            };
            /** @description Invalid input: `errors[]` names each field and the rule it breaks, all of them at once. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No or invalid credentials (problem+json). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Allowed for roles: supervisor. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Any route may also answer 429 (too many requests), 500 (with the correlation id, no internals) or 503 `DATABASE_UNAVAILABLE` with `Retry-After`. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    ClosureDays_get: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    /** @description The version of the resource, e.g. `"3"`: send it back in `If-Match` to change it. A masked view (skyddade personuppgifter) has none. */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ClosureDaysDto"];
                };
            };
            /** @description No or invalid credentials (problem+json). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Allowed for roles: admin. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Any route may also answer 429 (too many requests), 500 (with the correlation id, no internals) or 503 `DATABASE_UNAVAILABLE` with `Retry-After`. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    ClosureDays_update: {
        parameters: {
            query?: never;
            header: {
                /** @description The ETag you read, e.g. "0" or "3" */
                "If-Match": string;
                /** @description Makes a retry safe: the same key and body give the first answer again (`Idempotency-Replayed: true`). */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "days": [
                 *         "2026-05-15",
                 *         "2026-06-20"
                 *       ]
                 *     }
                 */
                "application/json": components["schemas"]["UpdateClosureDaysDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    /** @description Present (`true`) when this is the stored answer to an earlier request with the same key. */
                    "Idempotency-Replayed"?: "true";
                    /** @description The version of the resource, e.g. `"3"`: send it back in `If-Match` to change it. A masked view (skyddade personuppgifter) has none. */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ClosureDaysDto"];
                };
            };
            /** @description Invalid input: `errors[]` names each field and the rule it breaks, all of them at once. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No or invalid credentials (problem+json). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Allowed for roles: admin. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A request with this `Idempotency-Key` is still being handled, or its outcome was lost (retry later / check). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description STALE_VERSION Stale: the `If-Match` version is not the current one; read the resource again. */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description This `Idempotency-Key` was used for a different request. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `If-Match` is missing: send the `ETag` you read. */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Any route may also answer 429 (too many requests), 500 (with the correlation id, no internals) or 503 `DATABASE_UNAVAILABLE` with `Retry-After`. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    ClosureDays_getUnit: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                unitId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    /** @description The version of the resource, e.g. `"3"`: send it back in `If-Match` to change it. A masked view (skyddade personuppgifter) has none. */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ClosureDaysDto"];
                };
            };
            /** @description Invalid input: `errors[]` names each field and the rule it breaks, all of them at once. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No or invalid credentials (problem+json). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Allowed for roles: admin. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description UNIT_NOT_FOUND: no such unit in your municipality */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Any route may also answer 429 (too many requests), 500 (with the correlation id, no internals) or 503 `DATABASE_UNAVAILABLE` with `Retry-After`. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    ClosureDays_updateUnit: {
        parameters: {
            query?: never;
            header: {
                /** @description The ETag you read ("0" while inherited) */
                "If-Match": string;
                /** @description Makes a retry safe: the same key and body give the first answer again (`Idempotency-Replayed: true`). */
                "Idempotency-Key"?: string;
            };
            path: {
                unitId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "days": [
                 *         "2026-05-15",
                 *         "2026-06-20"
                 *       ]
                 *     }
                 */
                "application/json": components["schemas"]["UpdateClosureDaysDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    /** @description Present (`true`) when this is the stored answer to an earlier request with the same key. */
                    "Idempotency-Replayed"?: "true";
                    /** @description The version of the resource, e.g. `"3"`: send it back in `If-Match` to change it. A masked view (skyddade personuppgifter) has none. */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ClosureDaysDto"];
                };
            };
            /** @description Invalid input: `errors[]` names each field and the rule it breaks, all of them at once. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No or invalid credentials (problem+json). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Allowed for roles: admin. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description UNIT_NOT_FOUND: no such unit in your municipality */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A request with this `Idempotency-Key` is still being handled, or its outcome was lost (retry later / check). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description STALE_VERSION Stale: the `If-Match` version is not the current one; read the resource again. */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description This `Idempotency-Key` was used for a different request. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `If-Match` is missing: send the `ETag` you read. */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Any route may also answer 429 (too many requests), 500 (with the correlation id, no internals) or 503 `DATABASE_UNAVAILABLE` with `Retry-After`. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    Funding_list: {
        parameters: {
            query?: {
                /** @description Only the periods covering this day (the current one; with history also those superseded) */
                on?: string;
                /** @description true = also the corrected and withdrawn periods (historik), with who, when and why, so a revisor sees what funding a report used at the time; default false = the current periods only */
                history?: boolean;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FundingPeriodListDto"];
                };
            };
            /** @description Invalid input: `errors[]` names each field and the rule it breaks, all of them at once. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No or invalid credentials (problem+json). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Allowed for roles: admin, ame_coach, unit_manager, analyst. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description INTERVENTION_INSTANCE_NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Any route may also answer 429 (too many requests), 500 (with the correlation id, no internals) or 503 `DATABASE_UNAVAILABLE` with `Retry-After`. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    Funding_create: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retry safe: the same key and body give the first answer again (`Idempotency-Replayed: true`). */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "validFrom": "2026-01-05",
                 *       "validTo": "2026-12-31",
                 *       "shares": [
                 *         {
                 *           "funderType": "municipality",
                 *           "funderName": "Samordningsförbundet Demo",
                 *           "reference": "SF 2026/14",
                 *           "basisPoints": 6000
                 *         }
                 *       ]
                 *     }
                 */
                "application/json": components["schemas"]["FundingPeriodInputDto"];
            };
        };
        responses: {
            /** @description ETag header carries the version */
            201: {
                headers: {
                    /** @description Present (`true`) when this is the stored answer to an earlier request with the same key. */
                    "Idempotency-Replayed"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FundingPeriodDto"];
                };
            };
            /** @description Invalid input: `errors[]` names each field and the rule it breaks, all of them at once. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No or invalid credentials (problem+json). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Allowed for roles: admin. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description INTERVENTION_INSTANCE_NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description FUNDING_PERIOD_OVERLAP A request with this `Idempotency-Key` is still being handled, or its outcome was lost (retry later / check). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description FUNDING_OUTSIDE_INSTANCE_PERIOD This `Idempotency-Key` was used for a different request. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Any route may also answer 429 (too many requests), 500 (with the correlation id, no internals) or 503 `DATABASE_UNAVAILABLE` with `Retry-After`. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    Funding_correct: {
        parameters: {
            query?: never;
            header: {
                /** @description The ETag you read, e.g. "3" */
                "If-Match": string;
                /** @description Makes a retry safe: the same key and body give the first answer again (`Idempotency-Replayed: true`). */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
                periodId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "validFrom": "2026-01-05",
                 *       "validTo": "2026-12-31",
                 *       "shares": [
                 *         {
                 *           "funderType": "municipality",
                 *           "funderName": "Samordningsförbundet Demo",
                 *           "reference": "SF 2026/14",
                 *           "basisPoints": 6000
                 *         }
                 *       ],
                 *       "reason": "Finsam-beslutet SF 2026/14 ändrat till 30 %"
                 *     }
                 */
                "application/json": components["schemas"]["FundingPeriodCorrectionDto"];
            };
        };
        responses: {
            /** @description The new, current period; ETag its version */
            200: {
                headers: {
                    /** @description Present (`true`) when this is the stored answer to an earlier request with the same key. */
                    "Idempotency-Replayed"?: "true";
                    /** @description The version of the resource, e.g. `"3"`: send it back in `If-Match` to change it. A masked view (skyddade personuppgifter) has none. */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FundingPeriodDto"];
                };
            };
            /** @description Invalid input: `errors[]` names each field and the rule it breaks, all of them at once. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No or invalid credentials (problem+json). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Allowed for roles: admin. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description INTERVENTION_INSTANCE_NOT_FOUND, FUNDING_PERIOD_NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description FUNDING_PERIOD_OVERLAP, FUNDING_PERIOD_SUPERSEDED A request with this `Idempotency-Key` is still being handled, or its outcome was lost (retry later / check). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description STALE_VERSION Stale: the `If-Match` version is not the current one; read the resource again. */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description FUNDING_OUTSIDE_INSTANCE_PERIOD This `Idempotency-Key` was used for a different request. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `If-Match` is missing: send the `ETag` you read. */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Any route may also answer 429 (too many requests), 500 (with the correlation id, no internals) or 503 `DATABASE_UNAVAILABLE` with `Retry-After`. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    Funding_withdraw: {
        parameters: {
            query?: never;
            header: {
                /** @description The ETag you read, e.g. "3" */
                "If-Match": string;
                /** @description Makes a retry safe: the same key and body give the first answer again (`Idempotency-Replayed: true`). */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
                periodId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "reason": "Registrerad på fel insats"
                 *     }
                 */
                "application/json": components["schemas"]["FundingPeriodWithdrawalDto"];
            };
        };
        responses: {
            /** @description The withdrawn period; ETag its version */
            200: {
                headers: {
                    /** @description Present (`true`) when this is the stored answer to an earlier request with the same key. */
                    "Idempotency-Replayed"?: "true";
                    /** @description The version of the resource, e.g. `"3"`: send it back in `If-Match` to change it. A masked view (skyddade personuppgifter) has none. */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FundingPeriodDto"];
                };
            };
            /** @description Invalid input: `errors[]` names each field and the rule it breaks, all of them at once. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No or invalid credentials (problem+json). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Allowed for roles: admin. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description INTERVENTION_INSTANCE_NOT_FOUND, FUNDING_PERIOD_NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description FUNDING_PERIOD_SUPERSEDED A request with this `Idempotency-Key` is still being handled, or its outcome was lost (retry later / check). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description STALE_VERSION Stale: the `If-Match` version is not the current one; read the resource again. */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description This `Idempotency-Key` was used for a different request. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `If-Match` is missing: send the `ETag` you read. */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Any route may also answer 429 (too many requests), 500 (with the correlation id, no internals) or 503 `DATABASE_UNAVAILABLE` with `Retry-After`. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    Plans_getForEnrolment: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                enrolmentId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PlanDto"];
                };
            };
            /** @description Invalid input: `errors[]` names each field and the rule it breaks, all of them at once. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No or invalid credentials (problem+json). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Allowed for roles: ame_coach, ifo_caseworker, unit_manager. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description ENROLMENT_NOT_FOUND, PLAN_NOT_FOUND: Unknown, or not visible to you (no relation to the person through a unit where you hold one of the route's roles); a supervisor (handledare) never sees a plan. The same answer either way. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Any route may also answer 429 (too many requests), 500 (with the correlation id, no internals) or 503 `DATABASE_UNAVAILABLE` with `Retry-After`. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    Plans_create: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retry safe: the same key and body give the first answer again (`Idempotency-Replayed: true`). */
                "Idempotency-Key"?: string;
            };
            path: {
                enrolmentId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "ownGoal": "text",
                 *       "longTermGoal": "work",
                 *       "goals": [
                 *         {
                 *           "description": "text",
                 *           "status": "open"
                 *         }
                 *       ],
                 *       "plannedInterventions": [
                 *         {
                 *           "typeId": "3f6c1d2e-8b4a-4e7f-9c1d-2a3b4c5d6e7f",
                 *           "active": false
                 *         }
                 *       ],
                 *       "madeWithParticipantOn": "2026-03-16",
                 *       "madeHow": "meeting",
                 *       "interpreterUsed": false
                 *     }
                 */
                "application/json": components["schemas"]["CreatePlanDto"];
            };
        };
        responses: {
            /** @description ETag header carries the version */
            201: {
                headers: {
                    /** @description Present (`true`) when this is the stored answer to an earlier request with the same key. */
                    "Idempotency-Replayed"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PlanDto"];
                };
            };
            /** @description Invalid input: `errors[]` names each field and the rule it breaks, all of them at once. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No or invalid credentials (problem+json). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Allowed for roles: ame_coach, ifo_caseworker. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description ENROLMENT_NOT_FOUND: Unknown, or not visible to you (no relation to the person through a unit where you hold one of the route's roles); a supervisor (handledare) never sees a plan. The same answer either way. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description PLAN_ALREADY_ACTIVE, ENROLMENT_ALREADY_EXITED A request with this `Idempotency-Key` is still being handled, or its outcome was lost (retry later / check). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description PLAN_INTERVENTION_TYPE_INVALID (a type named for the first time is not an active type of your catalogue), PLAN_PLACEMENT_INVALID (not a placement of this enrolment), PLAN_UNCHANGED (PUT only) This `Idempotency-Key` was used for a different request. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Any route may also answer 429 (too many requests), 500 (with the correlation id, no internals) or 503 `DATABASE_UNAVAILABLE` with `Retry-After`. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    Plans_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    /** @description The version of the resource, e.g. `"3"`: send it back in `If-Match` to change it. A masked view (skyddade personuppgifter) has none. */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PlanDto"];
                };
            };
            /** @description Invalid input: `errors[]` names each field and the rule it breaks, all of them at once. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No or invalid credentials (problem+json). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Allowed for roles: ame_coach, ifo_caseworker, unit_manager. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description PLAN_NOT_FOUND: Unknown, or not visible to you (no relation to the person through a unit where you hold one of the route's roles); a supervisor (handledare) never sees a plan. The same answer either way. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Any route may also answer 429 (too many requests), 500 (with the correlation id, no internals) or 503 `DATABASE_UNAVAILABLE` with `Retry-After`. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    Plans_update: {
        parameters: {
            query?: never;
            header: {
                /** @description The ETag you read, e.g. "3" */
                "If-Match": string;
                /** @description Makes a retry safe: the same key and body give the first answer again (`Idempotency-Replayed: true`). */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "ownGoal": "text",
                 *       "longTermGoal": "work",
                 *       "goals": [
                 *         {
                 *           "description": "text",
                 *           "status": "open"
                 *         }
                 *       ],
                 *       "plannedInterventions": [
                 *         {
                 *           "typeId": "3f6c1d2e-8b4a-4e7f-9c1d-2a3b4c5d6e7f",
                 *           "active": false
                 *         }
                 *       ],
                 *       "madeWithParticipantOn": "2026-03-16",
                 *       "madeHow": "meeting",
                 *       "interpreterUsed": false,
                 *       "changeSummary": "text"
                 *     }
                 */
                "application/json": components["schemas"]["UpdatePlanDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    /** @description Present (`true`) when this is the stored answer to an earlier request with the same key. */
                    "Idempotency-Replayed"?: "true";
                    /** @description The version of the resource, e.g. `"3"`: send it back in `If-Match` to change it. A masked view (skyddade personuppgifter) has none. */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PlanDto"];
                };
            };
            /** @description Invalid input: `errors[]` names each field and the rule it breaks, all of them at once. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No or invalid credentials (problem+json). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Allowed for roles: ame_coach, ifo_caseworker. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description PLAN_NOT_FOUND: Unknown, or not visible to you (no relation to the person through a unit where you hold one of the route's roles); a supervisor (handledare) never sees a plan. The same answer either way. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description PLAN_ENDED A request with this `Idempotency-Key` is still being handled, or its outcome was lost (retry later / check). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Stale: the `If-Match` version is not the current one; read the resource again. */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description PLAN_INTERVENTION_TYPE_INVALID (a type named for the first time is not an active type of your catalogue), PLAN_PLACEMENT_INVALID (not a placement of this enrolment), PLAN_UNCHANGED (PUT only) This `Idempotency-Key` was used for a different request. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `If-Match` is missing: send the `ETag` you read. */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Any route may also answer 429 (too many requests), 500 (with the correlation id, no internals) or 503 `DATABASE_UNAVAILABLE` with `Retry-After`. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    Plans_getVersion: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                versionNo: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PlanVersionDto"];
                };
            };
            /** @description Invalid input: `errors[]` names each field and the rule it breaks, all of them at once. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No or invalid credentials (problem+json). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Allowed for roles: ame_coach, ifo_caseworker, unit_manager. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description PLAN_NOT_FOUND, PLAN_VERSION_NOT_FOUND: Unknown, or not visible to you (no relation to the person through a unit where you hold one of the route's roles); a supervisor (handledare) never sees a plan. The same answer either way. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Any route may also answer 429 (too many requests), 500 (with the correlation id, no internals) or 503 `DATABASE_UNAVAILABLE` with `Retry-After`. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    Plans_end: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retry safe: the same key and body give the first answer again (`Idempotency-Replayed: true`). */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "reason": "goals_met"
                 *     }
                 */
                "application/json": components["schemas"]["EndPlanDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    /** @description Present (`true`) when this is the stored answer to an earlier request with the same key. */
                    "Idempotency-Replayed"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PlanDto"];
                };
            };
            /** @description Invalid input: `errors[]` names each field and the rule it breaks, all of them at once. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No or invalid credentials (problem+json). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Allowed for roles: ame_coach, ifo_caseworker. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description PLAN_NOT_FOUND: Unknown, or not visible to you (no relation to the person through a unit where you hold one of the route's roles); a supervisor (handledare) never sees a plan. The same answer either way. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description PLAN_ALREADY_ENDED A request with this `Idempotency-Key` is still being handled, or its outcome was lost (retry later / check). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description PLAN_END_BEFORE_START This `Idempotency-Key` was used for a different request. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Any route may also answer 429 (too many requests), 500 (with the correlation id, no internals) or 503 `DATABASE_UNAVAILABLE` with `Retry-After`. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    FollowUps_list: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                enrolmentId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FollowUpListDto"];
                };
            };
            /** @description Invalid input: `errors[]` names each field and the rule it breaks, all of them at once. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No or invalid credentials (problem+json). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Allowed for roles: ame_coach, ifo_caseworker, unit_manager. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description ENROLMENT_NOT_FOUND: Unknown, or not visible to you (no relation to the person through your units). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Any route may also answer 429 (too many requests), 500 (with the correlation id, no internals) or 503 `DATABASE_UNAVAILABLE` with `Retry-After`. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    FollowUps_record: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retry safe: the same key and body give the first answer again (`Idempotency-Replayed: true`). */
                "Idempotency-Key"?: string;
            };
            path: {
                enrolmentId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "heldOn": "2026-03-16",
                 *       "attendees": [
                 *         "participant"
                 *       ]
                 *     }
                 */
                "application/json": components["schemas"]["RecordFollowUpDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    /** @description Present (`true`) when this is the stored answer to an earlier request with the same key. */
                    "Idempotency-Replayed"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FollowUpMeetingDto"];
                };
            };
            /** @description Invalid input: `errors[]` names each field and the rule it breaks, all of them at once. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No or invalid credentials (problem+json). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Allowed for roles: ame_coach, ifo_caseworker. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description ENROLMENT_NOT_FOUND: Unknown, or not visible to you (no relation to the person through your units). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description ENROLMENT_ALREADY_EXITED, PLAN_NOT_ACTIVE, PLAN_ENDED A request with this `Idempotency-Key` is still being handled, or its outcome was lost (retry later / check). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description FOLLOW_UP_BEFORE_START, PLAN_UNCHANGED, PLAN_INTERVENTION_TYPE_INVALID, PLAN_PLACEMENT_INVALID This `Idempotency-Key` was used for a different request. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Any route may also answer 429 (too many requests), 500 (with the correlation id, no internals) or 503 `DATABASE_UNAVAILABLE` with `Retry-After`. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    CaseReviews_list: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                participantId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CaseReviewListDto"];
                };
            };
            /** @description Invalid input: `errors[]` names each field and the rule it breaks, all of them at once. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No or invalid credentials (problem+json). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Allowed for roles: ame_coach, ifo_caseworker, unit_manager. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description PARTICIPANT_NOT_FOUND: Unknown, or not visible to you (no relation to the person through your units). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Any route may also answer 429 (too many requests), 500 (with the correlation id, no internals) or 503 `DATABASE_UNAVAILABLE` with `Retry-After`. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    CaseReviews_record: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retry safe: the same key and body give the first answer again (`Idempotency-Replayed: true`). */
                "Idempotency-Key"?: string;
            };
            path: {
                participantId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "reviewedOn": "2026-03-16",
                 *       "rightBenefit": false,
                 *       "registeredAtArbetsformedlingen": false,
                 *       "planReviewed": false,
                 *       "outcome": "no_change"
                 *     }
                 */
                "application/json": components["schemas"]["RecordCaseReviewDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    /** @description Present (`true`) when this is the stored answer to an earlier request with the same key. */
                    "Idempotency-Replayed"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CaseReviewDto"];
                };
            };
            /** @description Invalid input: `errors[]` names each field and the rule it breaks, all of them at once. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No or invalid credentials (problem+json). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Allowed for roles: ifo_caseworker. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description PARTICIPANT_NOT_FOUND: Unknown, or not visible to you (no relation to the person through your units). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A request with this `Idempotency-Key` is still being handled, or its outcome was lost (retry later / check). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description CASE_REVIEW_NOT_ON_CASELOAD This `Idempotency-Key` was used for a different request. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Any route may also answer 429 (too many requests), 500 (with the correlation id, no internals) or 503 `DATABASE_UNAVAILABLE` with `Retry-After`. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    FollowUpSettings_get: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    /** @description The version of the resource, e.g. `"3"`: send it back in `If-Match` to change it. A masked view (skyddade personuppgifter) has none. */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FollowUpSettingsDto"];
                };
            };
            /** @description No or invalid credentials (problem+json). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Allowed for roles: admin. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Any route may also answer 429 (too many requests), 500 (with the correlation id, no internals) or 503 `DATABASE_UNAVAILABLE` with `Retry-After`. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    FollowUpSettings_update: {
        parameters: {
            query?: never;
            header: {
                /** @description The ETag you read, e.g. "0" or "3" */
                "If-Match": string;
                /** @description Makes a retry safe: the same key and body give the first answer again (`Idempotency-Replayed: true`). */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "followUpDueWeeks": 6,
                 *       "followUpOverdueWeeks": 8,
                 *       "caseReviewIntervalMonths": 6
                 *     }
                 */
                "application/json": components["schemas"]["UpdateFollowUpSettingsDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    /** @description Present (`true`) when this is the stored answer to an earlier request with the same key. */
                    "Idempotency-Replayed"?: "true";
                    /** @description The version of the resource, e.g. `"3"`: send it back in `If-Match` to change it. A masked view (skyddade personuppgifter) has none. */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FollowUpSettingsDto"];
                };
            };
            /** @description Invalid input: `errors[]` names each field and the rule it breaks, all of them at once. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No or invalid credentials (problem+json). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Allowed for roles: admin. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A request with this `Idempotency-Key` is still being handled, or its outcome was lost (retry later / check). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Stale: the `If-Match` version is not the current one; read the resource again. */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description This `Idempotency-Key` was used for a different request. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `If-Match` is missing: send the `ETag` you read. */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Any route may also answer 429 (too many requests), 500 (with the correlation id, no internals) or 503 `DATABASE_UNAVAILABLE` with `Retry-After`. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    Worklist_get: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WorklistDto"];
                };
            };
            /** @description No or invalid credentials (problem+json). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Allowed for roles: ifo_caseworker, ame_coach, unit_manager, supervisor. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Any route may also answer 429 (too many requests), 500 (with the correlation id, no internals) or 503 `DATABASE_UNAVAILABLE` with `Retry-After`. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    Referrals_inbox: {
        parameters: {
            query?: {
                limit?: number;
                /** @description nextCursor from the previous page */
                cursor?: string;
                /** @description One of your AME units; default all units where you are ame_coach or unit_manager */
                unitId?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReferralPageDto"];
                };
            };
            /** @description Invalid input: `errors[]` names each field and the rule it breaks, all of them at once. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No or invalid credentials (problem+json). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Allowed for roles: ame_coach, unit_manager. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Any route may also answer 429 (too many requests), 500 (with the correlation id, no internals) or 503 `DATABASE_UNAVAILABLE` with `Retry-After`. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    Referrals_outbox: {
        parameters: {
            query?: {
                limit?: number;
                /** @description nextCursor from the previous page */
                cursor?: string;
                /** @description Status of the referral (aktualisering/remiss): draft = utkast, sent = skickad, accepted = mottagen (leads to an inskrivning), returned = återvisad (with a reason; may be changed and sent again), withdrawn = återtagen. */
                status?: "draft" | "sent" | "accepted" | "returned" | "withdrawn";
                /** @description One of your units; default all of them */
                unitId?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReferralPageDto"];
                };
            };
            /** @description Invalid input: `errors[]` names each field and the rule it breaks, all of them at once. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No or invalid credentials (problem+json). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Allowed for roles: ifo_caseworker, ame_coach, unit_manager. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Any route may also answer 429 (too many requests), 500 (with the correlation id, no internals) or 503 `DATABASE_UNAVAILABLE` with `Retry-After`. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    ReportBacks_inbox: {
        parameters: {
            query?: {
                limit?: number;
                /** @description nextCursor from the previous page */
                cursor?: string;
                /** @description true: only unread (olästa); false: only read; left out: all */
                unread?: boolean;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReportBackInboxDto"];
                };
            };
            /** @description Invalid input: `errors[]` names each field and the rule it breaks, all of them at once. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No or invalid credentials (problem+json). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Allowed for roles: ifo_caseworker. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Any route may also answer 429 (too many requests), 500 (with the correlation id, no internals) or 503 `DATABASE_UNAVAILABLE` with `Retry-After`. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    AttendanceMonths_inbox: {
        parameters: {
            query?: {
                limit?: number;
                /** @description nextCursor from the previous page */
                cursor?: string;
                /** @description true: only unread (olästa); false: only read */
                unread?: boolean;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MonthInboxDto"];
                };
            };
            /** @description Invalid input: `errors[]` names each field and the rule it breaks, all of them at once. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No or invalid credentials (problem+json). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Allowed for roles: ifo_caseworker. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Any route may also answer 429 (too many requests), 500 (with the correlation id, no internals) or 503 `DATABASE_UNAVAILABLE` with `Retry-After`. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    Flow_flow: {
        parameters: {
            query: {
                /** @description First day (Europe/Stockholm) a referral was first sent, inclusive */
                from: string;
                /** @description Last day (Europe/Stockholm), inclusive; not before from */
                to: string;
                /** @description Only referrals to this receiving (AME) unit. Without it: a unit manager gets the units they manage, an analyst the whole municipality. */
                unitId?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FlowDto"];
                };
            };
            /** @description Invalid input: `errors[]` names each field and the rule it breaks, all of them at once. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No or invalid credentials (problem+json). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Allowed for roles: unit_manager, analyst. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description UNIT_NOT_FOUND: no such unit in your municipality */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Any route may also answer 429 (too many requests), 500 (with the correlation id, no internals) or 503 `DATABASE_UNAVAILABLE` with `Retry-After`. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    Statistics_kolada: {
        parameters: {
            query: {
                /** @description The period (redovisningsperiod): a year `2026` (Kolada), a month `2026-11` (Stratsys), a tertial `2026-T1`…`T3` or a half-year `2026-H1`/`H2` (Finsam) */
                period: string;
                /** @description Only this AME unit (enrolments of the unit; referrals to it). Without it: the whole municipality for an analyst, auditor or API key without a unit; the units they manage for a unit manager. */
                unitId?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["KoladaReportDto"];
                };
            };
            /** @description Invalid input: `errors[]` names each field and the rule it breaks, all of them at once. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No or invalid credentials (problem+json). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Allowed for roles: analyst, unit_manager, auditor; API-key scopes: statistics:read. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description UNIT_NOT_FOUND: no such unit in your municipality */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Any route may also answer 429 (too many requests), 500 (with the correlation id, no internals) or 503 `DATABASE_UNAVAILABLE` with `Retry-After`. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    Statistics_koladaFile: {
        parameters: {
            query: {
                /** @description The year (redovisningsår) */
                year: number;
                /** @description Only this AME unit (as GET /statistics/kolada) */
                unitId?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description text/csv, one figure and gender per row */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/csv": string;
                };
            };
            /** @description Invalid input: `errors[]` names each field and the rule it breaks, all of them at once. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No or invalid credentials (problem+json). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Allowed for roles: analyst, unit_manager, auditor; API-key scopes: statistics:read. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description UNIT_NOT_FOUND: no such unit in your municipality */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Any route may also answer 429 (too many requests), 500 (with the correlation id, no internals) or 503 `DATABASE_UNAVAILABLE` with `Retry-After`. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    Statistics_interventions: {
        parameters: {
            query: {
                /** @description The period (redovisningsperiod): a year `2026` (Kolada), a month `2026-11` (Stratsys), a tertial `2026-T1`…`T3` or a half-year `2026-H1`/`H2` (Finsam) */
                period: string;
                /** @description Only this AME unit (enrolments of the unit; referrals to it). Without it: the whole municipality for an analyst, auditor or API key without a unit; the units they manage for a unit manager. */
                unitId?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InterventionReportDto"];
                };
            };
            /** @description Invalid input: `errors[]` names each field and the rule it breaks, all of them at once. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No or invalid credentials (problem+json). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Allowed for roles: analyst, unit_manager, auditor; API-key scopes: statistics:read. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description UNIT_NOT_FOUND: no such unit in your municipality */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Any route may also answer 429 (too many requests), 500 (with the correlation id, no internals) or 503 `DATABASE_UNAVAILABLE` with `Retry-After`. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    Statistics_combinationsReport: {
        parameters: {
            query: {
                /** @description The period (redovisningsperiod): a year `2026` (Kolada), a month `2026-11` (Stratsys), a tertial `2026-T1`…`T3` or a half-year `2026-H1`/`H2` (Finsam) */
                period: string;
                /** @description Only this AME unit (enrolments of the unit; referrals to it). Without it: the whole municipality for an analyst, auditor or API key without a unit; the units they manage for a unit manager. */
                unitId?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CombinationsReportDto"];
                };
            };
            /** @description Invalid input: `errors[]` names each field and the rule it breaks, all of them at once. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No or invalid credentials (problem+json). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Allowed for roles: analyst, unit_manager, auditor; API-key scopes: statistics:read. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description UNIT_NOT_FOUND: no such unit in your municipality */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Any route may also answer 429 (too many requests), 500 (with the correlation id, no internals) or 503 `DATABASE_UNAVAILABLE` with `Retry-After`. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    Statistics_flow: {
        parameters: {
            query: {
                /** @description The period (redovisningsperiod): a year `2026` (Kolada), a month `2026-11` (Stratsys), a tertial `2026-T1`…`T3` or a half-year `2026-H1`/`H2` (Finsam) */
                period: string;
                /** @description Only this AME unit (enrolments of the unit; referrals to it). Without it: the whole municipality for an analyst, auditor or API key without a unit; the units they manage for a unit manager. */
                unitId?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FlowStatisticsDto"];
                };
            };
            /** @description Invalid input: `errors[]` names each field and the rule it breaks, all of them at once. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No or invalid credentials (problem+json). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Allowed for roles: analyst, unit_manager, auditor; API-key scopes: statistics:read. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description UNIT_NOT_FOUND: no such unit in your municipality */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Any route may also answer 429 (too many requests), 500 (with the correlation id, no internals) or 503 `DATABASE_UNAVAILABLE` with `Retry-After`. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    Statistics_decisions: {
        parameters: {
            query: {
                /** @description The period (redovisningsperiod): a year `2026` (Kolada), a month `2026-11` (Stratsys), a tertial `2026-T1`…`T3` or a half-year `2026-H1`/`H2` (Finsam) */
                period: string;
                /** @description Only this AME unit (enrolments of the unit; referrals to it). Without it: the whole municipality for an analyst, auditor or API key without a unit; the units they manage for a unit manager. */
                unitId?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConsistencyDto"];
                };
            };
            /** @description Invalid input: `errors[]` names each field and the rule it breaks, all of them at once. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No or invalid credentials (problem+json). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Allowed for roles: analyst, unit_manager, auditor; API-key scopes: statistics:read. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description UNIT_NOT_FOUND: no such unit in your municipality */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Any route may also answer 429 (too many requests), 500 (with the correlation id, no internals) or 503 `DATABASE_UNAVAILABLE` with `Retry-After`. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    AttendanceSettings_get: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    /** @description The version of the resource, e.g. `"3"`: send it back in `If-Match` to change it. A masked view (skyddade personuppgifter) has none. */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AttendanceSettingsDto"];
                };
            };
            /** @description No or invalid credentials (problem+json). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Allowed for roles: admin. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Any route may also answer 429 (too many requests), 500 (with the correlation id, no internals) or 503 `DATABASE_UNAVAILABLE` with `Retry-After`. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    AttendanceSettings_update: {
        parameters: {
            query?: never;
            header: {
                /** @description The ETag you read, e.g. "0" or "3" */
                "If-Match": string;
                /** @description Makes a retry safe: the same key and body give the first answer again (`Idempotency-Replayed: true`). */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "backReportDays": 14,
                 *       "unexcusedThresholdDays": 1,
                 *       "dialogueDeadlineWorkingDays": 10,
                 *       "signOffDueWorkingDays": 5,
                 *       "nonWorkingEves": [
                 *         "midsommarafton",
                 *         "julafton",
                 *         "nyårsafton"
                 *       ]
                 *     }
                 */
                "application/json": components["schemas"]["UpdateAttendanceSettingsDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    /** @description Present (`true`) when this is the stored answer to an earlier request with the same key. */
                    "Idempotency-Replayed"?: "true";
                    /** @description The version of the resource, e.g. `"3"`: send it back in `If-Match` to change it. A masked view (skyddade personuppgifter) has none. */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AttendanceSettingsDto"];
                };
            };
            /** @description Invalid input: `errors[]` names each field and the rule it breaks, all of them at once. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No or invalid credentials (problem+json). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Allowed for roles: admin. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A request with this `Idempotency-Key` is still being handled, or its outcome was lost (retry later / check). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description STALE_VERSION Stale: the `If-Match` version is not the current one; read the resource again. */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description This `Idempotency-Key` was used for a different request. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `If-Match` is missing: send the `ETag` you read. */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Any route may also answer 429 (too many requests), 500 (with the correlation id, no internals) or 503 `DATABASE_UNAVAILABLE` with `Retry-After`. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    AttendanceReporting_teamDay: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                teamId: string;
                date: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TeamDaySheetDto"];
                };
            };
            /** @description Invalid input: `errors[]` names each field and the rule it breaks, all of them at once. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No or invalid credentials (problem+json). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Allowed for roles: supervisor, ame_coach, unit_manager. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description WORK_TEAM_NOT_FOUND: unknown, or not your team */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Any route may also answer 429 (too many requests), 500 (with the correlation id, no internals) or 503 `DATABASE_UNAVAILABLE` with `Retry-After`. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    AttendanceReporting_reportTeamDay: {
        parameters: {
            query?: never;
            header?: {
                /** @description Retrying with the same key and body answers the first answer again, without a second write. */
                "Idempotency-Key"?: string;
            };
            path: {
                teamId: string;
                date: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "entries": [
                 *         {
                 *           "basedOnVersion": 0,
                 *           "code": "present",
                 *           "presentMinutes": 180,
                 *           "arrival": "09:00",
                 *           "departure": "12:00",
                 *           "placementId": "3f6c1d2e-8b4a-4e7f-9c1d-2a3b4c5d6e7f"
                 *         }
                 *       ]
                 *     }
                 */
                "application/json": components["schemas"]["ReportTeamDayDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    /** @description Present (`true`) when this is the stored answer to an earlier request with the same key. */
                    "Idempotency-Replayed"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AttendanceEntriesDto"];
                };
            };
            /** @description Invalid input: `errors[]` names each field and the rule it breaks, all of them at once. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No or invalid credentials (problem+json). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Allowed for roles: supervisor, ame_coach, unit_manager. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description WORK_TEAM_NOT_FOUND: unknown, or not your team */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description ATTENDANCE_MONTH_SIGNED: the month is signed off; a coach must reopen it A request with this `Idempotency-Key` is still being handled, or its outcome was lost (retry later / check). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description ATTENDANCE_STALE: an entry’s basedOnVersion is not the stored version (someone reported first). Nothing was written; `current` holds the current entries of the request’s days. */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description ATTENDANCE_PLACEMENT_NOT_IN_TEAM, ATTENDANCE_DAY_IN_FUTURE, ATTENDANCE_OUTSIDE_REPORTING_WINDOW (a supervisor reports only back to the municipality’s backReportDays, default 14), ATTENDANCE_REASON_REQUIRED (a change after the day, or a coach further back than the window, needs a reason), ATTENDANCE_OUTSIDE_PLACEMENT This `Idempotency-Key` was used for a different request. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Any route may also answer 429 (too many requests), 500 (with the correlation id, no internals) or 503 `DATABASE_UNAVAILABLE` with `Retry-After`. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    AttendanceReporting_reportWeek: {
        parameters: {
            query?: never;
            header?: {
                /** @description Retrying with the same key and body answers the first answer again, without a second write. */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
                isoWeek: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "entries": [
                 *         {
                 *           "basedOnVersion": 0,
                 *           "code": "present",
                 *           "presentMinutes": 180,
                 *           "arrival": "09:00",
                 *           "departure": "12:00",
                 *           "day": "2026-03-16"
                 *         }
                 *       ]
                 *     }
                 */
                "application/json": components["schemas"]["ReportWeekDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    /** @description Present (`true`) when this is the stored answer to an earlier request with the same key. */
                    "Idempotency-Replayed"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AttendanceEntriesDto"];
                };
            };
            /** @description Invalid input: `errors[]` names each field and the rule it breaks, all of them at once. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No or invalid credentials (problem+json). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Allowed for roles: supervisor, ame_coach, unit_manager; API-key scopes: attendance:write. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description PLACEMENT_NOT_FOUND: unknown, or not visible to you */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description ATTENDANCE_MONTH_SIGNED: the month is signed off; a coach must reopen it A request with this `Idempotency-Key` is still being handled, or its outcome was lost (retry later / check). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description ATTENDANCE_STALE: an entry’s basedOnVersion is not the stored version (someone reported first). Nothing was written; `current` holds the current entries of the request’s days. */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description ATTENDANCE_DAY_IN_FUTURE, ATTENDANCE_OUTSIDE_REPORTING_WINDOW (a supervisor reports only back to the municipality’s backReportDays, default 14), ATTENDANCE_REASON_REQUIRED (a change after the day, or a coach further back than the window, needs a reason), ATTENDANCE_OUTSIDE_PLACEMENT This `Idempotency-Key` was used for a different request. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Any route may also answer 429 (too many requests), 500 (with the correlation id, no internals) or 503 `DATABASE_UNAVAILABLE` with `Retry-After`. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    AttendanceReporting_month: {
        parameters: {
            query: {
                /** @description The month, YYYY-MM */
                month: string;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AttendanceMonthDto"];
                };
            };
            /** @description Invalid input: `errors[]` names each field and the rule it breaks, all of them at once. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No or invalid credentials (problem+json). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Allowed for roles: supervisor, ame_coach, unit_manager, ifo_caseworker. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description PLACEMENT_NOT_FOUND: unknown, or not visible to you */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Any route may also answer 429 (too many requests), 500 (with the correlation id, no internals) or 503 `DATABASE_UNAVAILABLE` with `Retry-After`. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    AttendanceReporting_history: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                date: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AttendanceHistoryDto"];
                };
            };
            /** @description Invalid input: `errors[]` names each field and the rule it breaks, all of them at once. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No or invalid credentials (problem+json). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Allowed for roles: supervisor, ame_coach, unit_manager, ifo_caseworker. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description PLACEMENT_NOT_FOUND: unknown, or not visible to you */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Any route may also answer 429 (too many requests), 500 (with the correlation id, no internals) or 503 `DATABASE_UNAVAILABLE` with `Retry-After`. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    AttendanceImport_upload: {
        parameters: {
            query?: {
                /** @description true: save the accepted rows and report the rejected; default false: all or nothing */
                partial?: boolean;
            };
            header?: {
                /** @description Makes a retried upload safe */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "format": "csv",
                 *       "content": "text"
                 *     }
                 */
                "application/json": components["schemas"]["AttendanceImportDto"];
            };
        };
        responses: {
            /** @description What was saved and what was rejected */
            200: {
                headers: {
                    /** @description Present (`true`) when this is the stored answer to an earlier request with the same key. */
                    "Idempotency-Replayed"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AttendanceImportReportDto"];
                };
            };
            /** @description VALIDATION_FAILED: bad body, or a file that cannot be read Invalid input: `errors[]` names each field and the rule it breaks, all of them at once. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No or invalid credentials (problem+json). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Allowed for roles: none; API-key scopes: attendance:write. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A request with this `Idempotency-Key` is still being handled, or its outcome was lost (retry later / check). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description ATTENDANCE_IMPORT_REJECTED: rows were rejected in all-or-nothing mode and nothing was saved; the problem carries the report (accepted, rejected) and the rows as errors (rows[12].code) This `Idempotency-Key` was used for a different request. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Any route may also answer 429 (too many requests), 500 (with the correlation id, no internals) or 503 `DATABASE_UNAVAILABLE` with `Retry-After`. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    AttendanceMonths_sign: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retry safe: the same key and body give the first answer again (`Idempotency-Replayed: true`). */
                "Idempotency-Key"?: string;
            };
            path: {
                participantId: string;
                /** @description The month as YYYY-MM */
                month: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    /** @description Present (`true`) when this is the stored answer to an earlier request with the same key. */
                    "Idempotency-Replayed"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MonthStateDto"];
                };
            };
            /** @description Invalid input: `errors[]` names each field and the rule it breaks, all of them at once. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No or invalid credentials (problem+json). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Allowed for roles: ame_coach. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unknown, or not visible to you (no relation through your units): the same answer either way. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description MONTH_ALREADY_SIGNED A request with this `Idempotency-Key` is still being handled, or its outcome was lost (retry later / check). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description MONTH_NOT_ENDED This `Idempotency-Key` was used for a different request. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Any route may also answer 429 (too many requests), 500 (with the correlation id, no internals) or 503 `DATABASE_UNAVAILABLE` with `Retry-After`. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    AttendanceMonths_reopen: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retry safe: the same key and body give the first answer again (`Idempotency-Replayed: true`). */
                "Idempotency-Key"?: string;
            };
            path: {
                participantId: string;
                /** @description The month as YYYY-MM */
                month: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "reason": "text"
                 *     }
                 */
                "application/json": components["schemas"]["ReopenMonthDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    /** @description Present (`true`) when this is the stored answer to an earlier request with the same key. */
                    "Idempotency-Replayed"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MonthStateDto"];
                };
            };
            /** @description Invalid input: `errors[]` names each field and the rule it breaks, all of them at once. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No or invalid credentials (problem+json). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Allowed for roles: ame_coach. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unknown, or not visible to you (no relation through your units): the same answer either way. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description MONTH_NOT_SIGNED A request with this `Idempotency-Key` is still being handled, or its outcome was lost (retry later / check). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description This `Idempotency-Key` was used for a different request. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Any route may also answer 429 (too many requests), 500 (with the correlation id, no internals) or 503 `DATABASE_UNAVAILABLE` with `Retry-After`. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    AttendanceMonths_report: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                participantId: string;
                /** @description The month as YYYY-MM */
                month: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MonthReportDto"];
                };
            };
            /** @description Invalid input: `errors[]` names each field and the rule it breaks, all of them at once. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No or invalid credentials (problem+json). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Allowed for roles: ifo_caseworker, ame_coach, unit_manager. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unknown, or not visible to you (no relation through your units): the same answer either way. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Any route may also answer 429 (too many requests), 500 (with the correlation id, no internals) or 503 `DATABASE_UNAVAILABLE` with `Retry-After`. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    AttendanceMonths_csv: {
        parameters: {
            query?: {
                /** @description days: one row per day and placement (dagar), the default; summary: the month’s totals, attest and reopenings as two columns, Uppgift and Värde (sammanställning) */
                table?: "days" | "summary";
            };
            header?: never;
            path: {
                participantId: string;
                /** @description The month as YYYY-MM */
                month: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description text/csv */
            200: {
                headers: {
                    /** @description The file name in ASCII (filename) and in UTF-8 (filename*), e.g. attachment; filename="narvarorapport_2026-04_Oberg_Asa_3c4d5e6f.csv"; filename*=UTF-8''narvarorapport_2026-04_%C3%96berg_%C3%85sa_3c4d5e6f.csv */
                    "Content-Disposition"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "text/csv": string;
                };
            };
            /** @description Invalid input: `errors[]` names each field and the rule it breaks, all of them at once. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No or invalid credentials (problem+json). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Allowed for roles: ifo_caseworker, ame_coach, unit_manager. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unknown, or not visible to you (no relation through your units): the same answer either way. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Any route may also answer 429 (too many requests), 500 (with the correlation id, no internals) or 503 `DATABASE_UNAVAILABLE` with `Retry-After`. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    AttendanceMonths_xlsx: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                participantId: string;
                /** @description The month as YYYY-MM */
                month: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description An Excel workbook */
            200: {
                headers: {
                    /** @description The file name in ASCII (filename) and in UTF-8 (filename*), e.g. attachment; filename="narvarorapport_2026-04_Oberg_Asa_3c4d5e6f.xlsx"; filename*=UTF-8''narvarorapport_2026-04_%C3%96berg_%C3%85sa_3c4d5e6f.xlsx */
                    "Content-Disposition"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                };
            };
            /** @description Invalid input: `errors[]` names each field and the rule it breaks, all of them at once. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No or invalid credentials (problem+json). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Allowed for roles: ifo_caseworker, ame_coach, unit_manager. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unknown, or not visible to you (no relation through your units): the same answer either way. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Any route may also answer 429 (too many requests), 500 (with the correlation id, no internals) or 503 `DATABASE_UNAVAILABLE` with `Retry-After`. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    AttendanceMonths_markRead: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retry safe: the same key and body give the first answer again (`Idempotency-Replayed: true`). */
                "Idempotency-Key"?: string;
            };
            path: {
                monthId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    /** @description Present (`true`) when this is the stored answer to an earlier request with the same key. */
                    "Idempotency-Replayed"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MonthStateDto"];
                };
            };
            /** @description Invalid input: `errors[]` names each field and the rule it breaks, all of them at once. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No or invalid credentials (problem+json). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Allowed for roles: ifo_caseworker. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unknown, not signed, or not your case: the same answer either way. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A request with this `Idempotency-Key` is still being handled, or its outcome was lost (retry later / check). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description This `Idempotency-Key` was used for a different request. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Any route may also answer 429 (too many requests), 500 (with the correlation id, no internals) or 503 `DATABASE_UNAVAILABLE` with `Retry-After`. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    AbsenceDialogues_list: {
        parameters: {
            query?: {
                limit?: number;
                /** @description nextCursor from the previous page */
                cursor?: string;
                status?: "open" | "decided";
                participantId?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DialoguePageDto"];
                };
            };
            /** @description Invalid input: `errors[]` names each field and the rule it breaks, all of them at once. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No or invalid credentials (problem+json). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Allowed for roles: ifo_caseworker, ame_coach, unit_manager. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Any route may also answer 429 (too many requests), 500 (with the correlation id, no internals) or 503 `DATABASE_UNAVAILABLE` with `Retry-After`. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    AbsenceDialogues_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    /** @description The version of the resource, e.g. `"3"`: send it back in `If-Match` to change it. A masked view (skyddade personuppgifter) has none. */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DialogueDto"];
                };
            };
            /** @description Invalid input: `errors[]` names each field and the rule it breaks, all of them at once. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No or invalid credentials (problem+json). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Allowed for roles: ifo_caseworker, ame_coach, unit_manager. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unknown, or not visible to you: the same answer either way. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Any route may also answer 429 (too many requests), 500 (with the correlation id, no internals) or 503 `DATABASE_UNAVAILABLE` with `Retry-After`. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    AbsenceDialogues_ameAccount: {
        parameters: {
            query?: never;
            header: {
                /** @description The ETag you read, e.g. "3" */
                "If-Match": string;
                /** @description Makes a retry safe: the same key and body give the first answer again (`Idempotency-Replayed: true`). */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "account": "text",
                 *       "keepingTimesIsPlanGoal": false
                 *     }
                 */
                "application/json": components["schemas"]["AmeAccountDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    /** @description Present (`true`) when this is the stored answer to an earlier request with the same key. */
                    "Idempotency-Replayed"?: "true";
                    /** @description The version of the resource, e.g. `"3"`: send it back in `If-Match` to change it. A masked view (skyddade personuppgifter) has none. */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DialogueDto"];
                };
            };
            /** @description Invalid input: `errors[]` names each field and the rule it breaks, all of them at once. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No or invalid credentials (problem+json). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Allowed for roles: ame_coach, unit_manager. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unknown, or not visible to you: the same answer either way. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description DIALOGUE_DECIDED A request with this `Idempotency-Key` is still being handled, or its outcome was lost (retry later / check). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description STALE_VERSION Stale: the `If-Match` version is not the current one; read the resource again. */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description This `Idempotency-Key` was used for a different request. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `If-Match` is missing: send the `ETag` you read. */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Any route may also answer 429 (too many requests), 500 (with the correlation id, no internals) or 503 `DATABASE_UNAVAILABLE` with `Retry-After`. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    AbsenceDialogues_explanation: {
        parameters: {
            query?: never;
            header: {
                /** @description The ETag you read, e.g. "3" */
                "If-Match": string;
                /** @description Makes a retry safe: the same key and body give the first answer again (`Idempotency-Replayed: true`). */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "channel": "meeting"
                 *     }
                 */
                "application/json": components["schemas"]["ParticipantExplanationDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    /** @description Present (`true`) when this is the stored answer to an earlier request with the same key. */
                    "Idempotency-Replayed"?: "true";
                    /** @description The version of the resource, e.g. `"3"`: send it back in `If-Match` to change it. A masked view (skyddade personuppgifter) has none. */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DialogueDto"];
                };
            };
            /** @description Invalid input: `errors[]` names each field and the rule it breaks, all of them at once. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No or invalid credentials (problem+json). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Allowed for roles: ame_coach, ifo_caseworker. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unknown, or not visible to you: the same answer either way. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description DIALOGUE_DECIDED A request with this `Idempotency-Key` is still being handled, or its outcome was lost (retry later / check). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description STALE_VERSION Stale: the `If-Match` version is not the current one; read the resource again. */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description This `Idempotency-Key` was used for a different request. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `If-Match` is missing: send the `ETag` you read. */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Any route may also answer 429 (too many requests), 500 (with the correlation id, no internals) or 503 `DATABASE_UNAVAILABLE` with `Retry-After`. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    AbsenceDialogues_assessment: {
        parameters: {
            query?: never;
            header: {
                /** @description The ETag you read, e.g. "3" */
                "If-Match": string;
                /** @description Makes a retry safe: the same key and body give the first answer again (`Idempotency-Replayed: true`). */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "assessment": "text"
                 *     }
                 */
                "application/json": components["schemas"]["IfoAssessmentDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    /** @description Present (`true`) when this is the stored answer to an earlier request with the same key. */
                    "Idempotency-Replayed"?: "true";
                    /** @description The version of the resource, e.g. `"3"`: send it back in `If-Match` to change it. A masked view (skyddade personuppgifter) has none. */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DialogueDto"];
                };
            };
            /** @description Invalid input: `errors[]` names each field and the rule it breaks, all of them at once. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No or invalid credentials (problem+json). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Allowed for roles: ifo_caseworker. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unknown, or not visible to you: the same answer either way. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description DIALOGUE_DECIDED A request with this `Idempotency-Key` is still being handled, or its outcome was lost (retry later / check). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description STALE_VERSION Stale: the `If-Match` version is not the current one; read the resource again. */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description This `Idempotency-Key` was used for a different request. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `If-Match` is missing: send the `ETag` you read. */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Any route may also answer 429 (too many requests), 500 (with the correlation id, no internals) or 503 `DATABASE_UNAVAILABLE` with `Retry-After`. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    AbsenceDialogues_decisions: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DecisionListDto"];
                };
            };
            /** @description Invalid input: `errors[]` names each field and the rule it breaks, all of them at once. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No or invalid credentials (problem+json). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Allowed for roles: ifo_caseworker, ame_coach, unit_manager. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unknown, or not visible to you: the same answer either way. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Any route may also answer 429 (too many requests), 500 (with the correlation id, no internals) or 503 `DATABASE_UNAVAILABLE` with `Retry-After`. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    AbsenceDialogues_decide: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retry safe: the same key and body give the first answer again (`Idempotency-Replayed: true`). */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "kind": "no_action",
                 *       "reasoning": "text"
                 *     }
                 */
                "application/json": components["schemas"]["CreateDecisionDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    /** @description Present (`true`) when this is the stored answer to an earlier request with the same key. */
                    "Idempotency-Replayed"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DecisionDto"];
                };
            };
            /** @description Invalid input: `errors[]` names each field and the rule it breaks, all of them at once. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No or invalid credentials (problem+json). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Allowed for roles: ifo_caseworker. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unknown, or not visible to you: the same answer either way. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description DIALOGUE_NOT_READY, DIALOGUE_ALREADY_DECIDED, DECISION_ALREADY_SUPERSEDED A request with this `Idempotency-Key` is still being handled, or its outcome was lost (retry later / check). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description This `Idempotency-Key` was used for a different request. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Any route may also answer 429 (too many requests), 500 (with the correlation id, no internals) or 503 `DATABASE_UNAVAILABLE` with `Retry-After`. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    CaseImport_upload: {
        parameters: {
            query?: {
                /** @description true: save the accepted rows and report the rejected; default false: all or nothing */
                partial?: boolean;
            };
            header?: {
                /** @description Makes a retried upload safe */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "format": "csv",
                 *       "content": "text"
                 *     }
                 */
                "application/json": components["schemas"]["CaseImportDto"];
            };
        };
        responses: {
            /** @description What was saved, found again and rejected */
            200: {
                headers: {
                    /** @description Present (`true`) when this is the stored answer to an earlier request with the same key. */
                    "Idempotency-Replayed"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CaseImportReportDto"];
                };
            };
            /** @description VALIDATION_FAILED: bad body, or a file that cannot be read Invalid input: `errors[]` names each field and the rule it breaks, all of them at once. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No or invalid credentials (problem+json). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Allowed for roles: admin; API-key scopes: cases:import. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A request with this `Idempotency-Key` is still being handled, or its outcome was lost (retry later / check). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description CASE_IMPORT_REJECTED: rows were rejected in all-or-nothing mode and nothing was saved; the problem carries the report and the rows as errors (rows[12].identityNumber) This `Idempotency-Key` was used for a different request. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Any route may also answer 429 (too many requests), 500 (with the correlation id, no internals) or 503 `DATABASE_UNAVAILABLE` with `Retry-After`. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    SurveyQuestions_list: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SurveyQuestionListDto"];
                };
            };
            /** @description No or invalid credentials (problem+json). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Allowed for roles: admin. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Any route may also answer 429 (too many requests), 500 (with the correlation id, no internals) or 503 `DATABASE_UNAVAILABLE` with `Retry-After`. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    SurveyQuestions_add: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retry safe: the same key and body give the first answer again (`Idempotency-Replayed: true`). */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "text": "text",
                 *       "kind": "scale",
                 *       "koladaId": "U40460"
                 *     }
                 */
                "application/json": components["schemas"]["CreateSurveyQuestionDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    /** @description Present (`true`) when this is the stored answer to an earlier request with the same key. */
                    "Idempotency-Replayed"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SurveyQuestionDto"];
                };
            };
            /** @description Invalid input: `errors[]` names each field and the rule it breaks, all of them at once. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No or invalid credentials (problem+json). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Allowed for roles: admin. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A request with this `Idempotency-Key` is still being handled, or its outcome was lost (retry later / check). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description This `Idempotency-Key` was used for a different request. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Any route may also answer 429 (too many requests), 500 (with the correlation id, no internals) or 503 `DATABASE_UNAVAILABLE` with `Retry-After`. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    SurveyQuestions_deactivate: {
        parameters: {
            query?: never;
            header: {
                /** @description The version you read, e.g. "1" */
                "If-Match": string;
                /** @description Makes a retry safe: the same key and body give the first answer again (`Idempotency-Replayed: true`). */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    /** @description Present (`true`) when this is the stored answer to an earlier request with the same key. */
                    "Idempotency-Replayed"?: "true";
                    /** @description The version of the resource, e.g. `"3"`: send it back in `If-Match` to change it. A masked view (skyddade personuppgifter) has none. */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SurveyQuestionDto"];
                };
            };
            /** @description Invalid input: `errors[]` names each field and the rule it breaks, all of them at once. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No or invalid credentials (problem+json). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Allowed for roles: admin. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description SURVEY_QUESTION_NOT_FOUND: not a question of your municipality */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description SURVEY_QUESTION_INACTIVE A request with this `Idempotency-Key` is still being handled, or its outcome was lost (retry later / check). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Stale: the `If-Match` version is not the current one; read the resource again. */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description This `Idempotency-Key` was used for a different request. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `If-Match` is missing: send the `ETag` you read. */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Any route may also answer 429 (too many requests), 500 (with the correlation id, no internals) or 503 `DATABASE_UNAVAILABLE` with `Retry-After`. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    Surveys_status: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                placementId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SurveyStatusDto"];
                };
            };
            /** @description Invalid input: `errors[]` names each field and the rule it breaks, all of them at once. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No or invalid credentials (problem+json). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Allowed for roles: ame_coach, unit_manager. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description PLACEMENT_NOT_FOUND: unknown, or not visible to you (no relation to the person through your units). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Any route may also answer 429 (too many requests), 500 (with the correlation id, no internals) or 503 `DATABASE_UNAVAILABLE` with `Retry-After`. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    Surveys_respond: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retry safe: the same key and body give the first answer again (`Idempotency-Replayed: true`). */
                "Idempotency-Key"?: string;
            };
            path: {
                placementId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "answers": [
                 *         {
                 *           "questionId": "3f6c1d2e-8b4a-4e7f-9c1d-2a3b4c5d6e7f"
                 *         }
                 *       ]
                 *     }
                 */
                "application/json": components["schemas"]["RecordSurveyResponseDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    /** @description Present (`true`) when this is the stored answer to an earlier request with the same key. */
                    "Idempotency-Replayed"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SurveyStatusDto"];
                };
            };
            /** @description Invalid input: `errors[]` names each field and the rule it breaks, all of them at once. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No or invalid credentials (problem+json). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Allowed for roles: ame_coach. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description PLACEMENT_NOT_FOUND: unknown, or not visible to you (no relation to the person through your units). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description SURVEY_NOT_DUE (the placement has not ended), SURVEY_ALREADY_RESPONDED (answered or declined: answers are never changed) A request with this `Idempotency-Key` is still being handled, or its outcome was lost (retry later / check). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description This `Idempotency-Key` was used for a different request. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Any route may also answer 429 (too many requests), 500 (with the correlation id, no internals) or 503 `DATABASE_UNAVAILABLE` with `Retry-After`. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    Surveys_decline: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retry safe: the same key and body give the first answer again (`Idempotency-Replayed: true`). */
                "Idempotency-Key"?: string;
            };
            path: {
                placementId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            201: {
                headers: {
                    /** @description Present (`true`) when this is the stored answer to an earlier request with the same key. */
                    "Idempotency-Replayed"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SurveyStatusDto"];
                };
            };
            /** @description Invalid input: `errors[]` names each field and the rule it breaks, all of them at once. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No or invalid credentials (problem+json). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Allowed for roles: ame_coach. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description PLACEMENT_NOT_FOUND: unknown, or not visible to you (no relation to the person through your units). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description SURVEY_NOT_DUE (the placement has not ended), SURVEY_ALREADY_RESPONDED (answered or declined: answers are never changed) A request with this `Idempotency-Key` is still being handled, or its outcome was lost (retry later / check). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description This `Idempotency-Key` was used for a different request. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Any route may also answer 429 (too many requests), 500 (with the correlation id, no internals) or 503 `DATABASE_UNAVAILABLE` with `Retry-After`. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    Surveys_createLink: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retry safe: the same key and body give the first answer again (`Idempotency-Replayed: true`). */
                "Idempotency-Key"?: string;
            };
            path: {
                placementId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /** @example {} */
                "application/json": components["schemas"]["CreateSurveyLinkDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    /** @description Present (`true`) when this is the stored answer to an earlier request with the same key. */
                    "Idempotency-Replayed"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SurveyLinkCreatedDto"];
                };
            };
            /** @description Invalid input: `errors[]` names each field and the rule it breaks, all of them at once. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No or invalid credentials (problem+json). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Allowed for roles: ame_coach. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description PLACEMENT_NOT_FOUND: unknown, or not visible to you (no relation to the person through your units). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description SURVEY_NOT_DUE (the placement has not ended), SURVEY_ALREADY_RESPONDED (answered or declined: answers are never changed) A request with this `Idempotency-Key` is still being handled, or its outcome was lost (retry later / check). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description This `Idempotency-Key` was used for a different request. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Any route may also answer 429 (too many requests), 500 (with the correlation id, no internals) or 503 `DATABASE_UNAVAILABLE` with `Retry-After`. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    SurveyLinks_open: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                token: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PublicSurveyDto"];
                };
            };
            /** @description Invalid input: `errors[]` names each field and the rule it breaks, all of them at once. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description SURVEY_LINK_NOT_FOUND: the same answer for a wrong, used or expired link, or one whose survey was answered another way — nothing tells them apart. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Any route may also answer 429 (too many requests), 500 (with the correlation id, no internals) or 503 `DATABASE_UNAVAILABLE` with `Retry-After`. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    SurveyLinks_answer: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retry safe: the same key and body give the first answer again (`Idempotency-Replayed: true`). */
                "Idempotency-Key"?: string;
            };
            path: {
                token: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "answers": [
                 *         {
                 *           "questionId": "3f6c1d2e-8b4a-4e7f-9c1d-2a3b4c5d6e7f"
                 *         }
                 *       ]
                 *     }
                 */
                "application/json": components["schemas"]["RecordSurveyResponseDto"];
            };
        };
        responses: {
            /** @description Received */
            204: {
                headers: {
                    /** @description Present (`true`) when this is the stored answer to an earlier request with the same key. */
                    "Idempotency-Replayed"?: "true";
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid input: `errors[]` names each field and the rule it breaks, all of them at once. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description SURVEY_LINK_NOT_FOUND: the same answer for a wrong, used or expired link, or one whose survey was answered another way — nothing tells them apart. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A request with this `Idempotency-Key` is still being handled, or its outcome was lost (retry later / check). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description This `Idempotency-Key` was used for a different request. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Any route may also answer 429 (too many requests), 500 (with the correlation id, no internals) or 503 `DATABASE_UNAVAILABLE` with `Retry-After`. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    SurveyLinks_decline: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retry safe: the same key and body give the first answer again (`Idempotency-Replayed: true`). */
                "Idempotency-Key"?: string;
            };
            path: {
                token: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Recorded */
            204: {
                headers: {
                    /** @description Present (`true`) when this is the stored answer to an earlier request with the same key. */
                    "Idempotency-Replayed"?: "true";
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid input: `errors[]` names each field and the rule it breaks, all of them at once. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description SURVEY_LINK_NOT_FOUND: the same answer for a wrong, used or expired link, or one whose survey was answered another way — nothing tells them apart. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A request with this `Idempotency-Key` is still being handled, or its outcome was lost (retry later / check). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description This `Idempotency-Key` was used for a different request. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Any route may also answer 429 (too many requests), 500 (with the correlation id, no internals) or 503 `DATABASE_UNAVAILABLE` with `Retry-After`. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    SurveyResults_get: {
        parameters: {
            query?: {
                /** @description One group per intervention type (insatstyp, default) or per intervention instance */
                groupBy?: "type" | "instance";
                /** @description Only this intervention type */
                interventionTypeId?: string;
                /** @description Placements ended on or after this day: the first day of a month (whole months only, so that two periods a day apart cannot be subtracted to single out one answer) */
                from?: string;
                /** @description Placements ended on or before this day: the last day of a month */
                to?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SurveyResultsDto"];
                };
            };
            /** @description Invalid input: `errors[]` names each field and the rule it breaks, all of them at once. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No or invalid credentials (problem+json). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Allowed for roles: unit_manager, analyst. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Any route may also answer 429 (too many requests), 500 (with the correlation id, no internals) or 503 `DATABASE_UNAVAILABLE` with `Retry-After`. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    BipAssessments_list: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                enrolmentId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BipAssessmentListDto"];
                };
            };
            /** @description Invalid input: `errors[]` names each field and the rule it breaks, all of them at once. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No or invalid credentials (problem+json). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Allowed for roles: ame_coach, ifo_caseworker, unit_manager. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description ENROLMENT_NOT_FOUND: Unknown, or not visible to you (no relation to the person through your units). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Any route may also answer 429 (too many requests), 500 (with the correlation id, no internals) or 503 `DATABASE_UNAVAILABLE` with `Retry-After`. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    BipAssessments_create: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retry safe: the same key and body give the first answer again (`Idempotency-Replayed: true`). */
                "Idempotency-Key"?: string;
            };
            path: {
                enrolmentId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "scores": [
                 *         {
                 *           "indicatorCode": "labour_market_knowledge",
                 *           "score": 3,
                 *           "answeredBy": "participant"
                 *         }
                 *       ],
                 *       "assessedOn": "2026-03-16"
                 *     }
                 */
                "application/json": components["schemas"]["CreateBipAssessmentDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    /** @description Present (`true`) when this is the stored answer to an earlier request with the same key. */
                    "Idempotency-Replayed"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BipAssessmentDto"];
                };
            };
            /** @description Invalid input: `errors[]` names each field and the rule it breaks, all of them at once. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No or invalid credentials (problem+json). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Allowed for roles: ame_coach, ifo_caseworker. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description ENROLMENT_NOT_FOUND: Unknown, or not visible to you (no relation to the person through your units). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description ENROLMENT_ALREADY_EXITED A request with this `Idempotency-Key` is still being handled, or its outcome was lost (retry later / check). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description BIP_ASSESSMENT_INCOMPLETE, BIP_ASSESSMENT_OUTSIDE_ENROLMENT This `Idempotency-Key` was used for a different request. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Any route may also answer 429 (too many requests), 500 (with the correlation id, no internals) or 503 `DATABASE_UNAVAILABLE` with `Retry-After`. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    BipAssessments_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    /** @description The version of the resource, e.g. `"3"`: send it back in `If-Match` to change it. A masked view (skyddade personuppgifter) has none. */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BipAssessmentDto"];
                };
            };
            /** @description Invalid input: `errors[]` names each field and the rule it breaks, all of them at once. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No or invalid credentials (problem+json). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Allowed for roles: ame_coach, ifo_caseworker, unit_manager. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description BIP_ASSESSMENT_NOT_FOUND: Unknown, or not visible to you (no relation to the person through your units). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Any route may also answer 429 (too many requests), 500 (with the correlation id, no internals) or 503 `DATABASE_UNAVAILABLE` with `Retry-After`. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    BipAssessments_update: {
        parameters: {
            query?: never;
            header: {
                /** @description The ETag you read, e.g. "1" */
                "If-Match": string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "assessedOn": "2026-03-16"
                 *     }
                 */
                "application/json": components["schemas"]["UpdateBipAssessmentDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    /** @description The version of the resource, e.g. `"3"`: send it back in `If-Match` to change it. A masked view (skyddade personuppgifter) has none. */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BipAssessmentDto"];
                };
            };
            /** @description Invalid input: `errors[]` names each field and the rule it breaks, all of them at once. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No or invalid credentials (problem+json). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Allowed for roles: ame_coach, ifo_caseworker. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description BIP_ASSESSMENT_NOT_FOUND: Unknown, or not visible to you (no relation to the person through your units). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description BIP_ASSESSMENT_COMPLETE */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Stale: the `If-Match` version is not the current one; read the resource again. */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description BIP_ASSESSMENT_OUTSIDE_ENROLMENT */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `If-Match` is missing: send the `ETag` you read. */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Any route may also answer 429 (too many requests), 500 (with the correlation id, no internals) or 503 `DATABASE_UNAVAILABLE` with `Retry-After`. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    BipAssessments_complete: {
        parameters: {
            query?: never;
            header: {
                /** @description The ETag you read, e.g. "2" */
                "If-Match": string;
                /** @description Makes a retry safe: the same key and body give the first answer again (`Idempotency-Replayed: true`). */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    /** @description Present (`true`) when this is the stored answer to an earlier request with the same key. */
                    "Idempotency-Replayed"?: "true";
                    /** @description The version of the resource, e.g. `"3"`: send it back in `If-Match` to change it. A masked view (skyddade personuppgifter) has none. */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BipAssessmentDto"];
                };
            };
            /** @description Invalid input: `errors[]` names each field and the rule it breaks, all of them at once. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No or invalid credentials (problem+json). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Allowed for roles: ame_coach, ifo_caseworker. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description BIP_ASSESSMENT_NOT_FOUND: Unknown, or not visible to you (no relation to the person through your units). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description BIP_ASSESSMENT_COMPLETE A request with this `Idempotency-Key` is still being handled, or its outcome was lost (retry later / check). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Stale: the `If-Match` version is not the current one; read the resource again. */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description BIP_ASSESSMENT_INCOMPLETE This `Idempotency-Key` was used for a different request. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `If-Match` is missing: send the `ETag` you read. */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Any route may also answer 429 (too many requests), 500 (with the correlation id, no internals) or 503 `DATABASE_UNAVAILABLE` with `Retry-After`. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    BipAssessments_correct: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retry safe: the same key and body give the first answer again (`Idempotency-Replayed: true`). */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "scores": [
                 *         {
                 *           "indicatorCode": "labour_market_knowledge",
                 *           "score": 3,
                 *           "answeredBy": "participant"
                 *         }
                 *       ],
                 *       "assessedOn": "2026-03-16",
                 *       "reason": "text"
                 *     }
                 */
                "application/json": components["schemas"]["CorrectBipAssessmentDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    /** @description Present (`true`) when this is the stored answer to an earlier request with the same key. */
                    "Idempotency-Replayed"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BipAssessmentDto"];
                };
            };
            /** @description Invalid input: `errors[]` names each field and the rule it breaks, all of them at once. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No or invalid credentials (problem+json). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Allowed for roles: ame_coach, ifo_caseworker. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description BIP_ASSESSMENT_NOT_FOUND: Unknown, or not visible to you (no relation to the person through your units). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description BIP_ASSESSMENT_DRAFT, BIP_ASSESSMENT_SUPERSEDED A request with this `Idempotency-Key` is still being handled, or its outcome was lost (retry later / check). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description BIP_ASSESSMENT_INCOMPLETE, BIP_ASSESSMENT_OUTSIDE_ENROLMENT This `Idempotency-Key` was used for a different request. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Any route may also answer 429 (too many requests), 500 (with the correlation id, no internals) or 503 `DATABASE_UNAVAILABLE` with `Retry-After`. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    BipAssessments_progress: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                participantId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BipProgressDto"];
                };
            };
            /** @description Invalid input: `errors[]` names each field and the rule it breaks, all of them at once. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No or invalid credentials (problem+json). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Allowed for roles: ame_coach, ifo_caseworker, unit_manager. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description PARTICIPANT_NOT_FOUND: Unknown, or not visible to you (no relation to the person through your units). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Any route may also answer 429 (too many requests), 500 (with the correlation id, no internals) or 503 `DATABASE_UNAVAILABLE` with `Retry-After`. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    BipSettings_indicators: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BipIndicatorListDto"];
                };
            };
            /** @description No or invalid credentials (problem+json). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Allowed for roles: ame_coach, ifo_caseworker, unit_manager, admin. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Any route may also answer 429 (too many requests), 500 (with the correlation id, no internals) or 503 `DATABASE_UNAVAILABLE` with `Retry-After`. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    BipSettings_get: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    /** @description The version of the resource, e.g. `"3"`: send it back in `If-Match` to change it. A masked view (skyddade personuppgifter) has none. */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BipSettingsDto"];
                };
            };
            /** @description No or invalid credentials (problem+json). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Allowed for roles: admin. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Any route may also answer 429 (too many requests), 500 (with the correlation id, no internals) or 503 `DATABASE_UNAVAILABLE` with `Retry-After`. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    BipSettings_update: {
        parameters: {
            query?: never;
            header: {
                /** @description The ETag you read, e.g. "0" or "3" */
                "If-Match": string;
                /** @description Makes a retry safe: the same key and body give the first answer again (`Idempotency-Replayed: true`). */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "intervalMonths": 3,
                 *       "graceDays": 14,
                 *       "scaleMin": 1,
                 *       "scaleMax": 5
                 *     }
                 */
                "application/json": components["schemas"]["UpdateBipSettingsDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    /** @description Present (`true`) when this is the stored answer to an earlier request with the same key. */
                    "Idempotency-Replayed"?: "true";
                    /** @description The version of the resource, e.g. `"3"`: send it back in `If-Match` to change it. A masked view (skyddade personuppgifter) has none. */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BipSettingsDto"];
                };
            };
            /** @description Invalid input: `errors[]` names each field and the rule it breaks, all of them at once. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No or invalid credentials (problem+json). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Allowed for roles: admin. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A request with this `Idempotency-Key` is still being handled, or its outcome was lost (retry later / check). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Stale: the `If-Match` version is not the current one; read the resource again. */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description This `Idempotency-Key` was used for a different request. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `If-Match` is missing: send the `ETag` you read. */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Any route may also answer 429 (too many requests), 500 (with the correlation id, no internals) or 503 `DATABASE_UNAVAILABLE` with `Retry-After`. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    OutcomeFollowUps_list: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                enrolmentId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OutcomeFollowUpListDto"];
                };
            };
            /** @description Invalid input: `errors[]` names each field and the rule it breaks, all of them at once. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No or invalid credentials (problem+json). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Allowed for roles: ame_coach, ifo_caseworker, unit_manager. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description ENROLMENT_NOT_FOUND: Unknown, or not visible to you (no relation to the person through your units, and not a coach or manager of the exited enrolment's unit within the follow-up window). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description ENROLMENT_NOT_EXITED */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Any route may also answer 429 (too many requests), 500 (with the correlation id, no internals) or 503 `DATABASE_UNAVAILABLE` with `Retry-After`. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    OutcomeFollowUps_record: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retry safe: the same key and body give the first answer again (`Idempotency-Replayed: true`). */
                "Idempotency-Key"?: string;
            };
            path: {
                enrolmentId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "checkpointMonths": 6,
                 *       "status": "working",
                 *       "source": "participant",
                 *       "observedOn": "text"
                 *     }
                 */
                "application/json": components["schemas"]["RecordOutcomeFollowUpDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    /** @description Present (`true`) when this is the stored answer to an earlier request with the same key. */
                    "Idempotency-Replayed"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OutcomeFollowUpDto"];
                };
            };
            /** @description Invalid input: `errors[]` names each field and the rule it breaks, all of them at once. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No or invalid credentials (problem+json). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Allowed for roles: ame_coach, unit_manager. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description ENROLMENT_NOT_FOUND: Unknown, or not visible to you (no relation to the person through your units, and not a coach or manager of the exited enrolment's unit within the follow-up window). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description ENROLMENT_NOT_EXITED, OUTCOME_FOLLOW_UP_ALREADY_RECORDED A request with this `Idempotency-Key` is still being handled, or its outcome was lost (retry later / check). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description OUTCOME_CHECKPOINT_UNKNOWN, OUTCOME_OBSERVED_BEFORE_EXIT This `Idempotency-Key` was used for a different request. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Any route may also answer 429 (too many requests), 500 (with the correlation id, no internals) or 503 `DATABASE_UNAVAILABLE` with `Retry-After`. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    OutcomeFollowUps_correct: {
        parameters: {
            query?: never;
            header: {
                /** @description The ETag of the follow-up you read, e.g. "1" */
                "If-Match": string;
                /** @description Makes a retry safe: the same key and body give the first answer again (`Idempotency-Replayed: true`). */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "status": "working",
                 *       "source": "participant",
                 *       "observedOn": "text",
                 *       "reason": "text"
                 *     }
                 */
                "application/json": components["schemas"]["CorrectOutcomeFollowUpDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    /** @description Present (`true`) when this is the stored answer to an earlier request with the same key. */
                    "Idempotency-Replayed"?: "true";
                    /** @description The version of the resource, e.g. `"3"`: send it back in `If-Match` to change it. A masked view (skyddade personuppgifter) has none. */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OutcomeFollowUpDto"];
                };
            };
            /** @description Invalid input: `errors[]` names each field and the rule it breaks, all of them at once. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No or invalid credentials (problem+json). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Allowed for roles: ame_coach, unit_manager. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description OUTCOME_FOLLOW_UP_NOT_FOUND: Unknown, or not visible to you (no relation to the person through your units, and not a coach or manager of the exited enrolment's unit within the follow-up window). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description OUTCOME_FOLLOW_UP_SUPERSEDED A request with this `Idempotency-Key` is still being handled, or its outcome was lost (retry later / check). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description STALE_VERSION Stale: the `If-Match` version is not the current one; read the resource again. */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description OUTCOME_OBSERVED_BEFORE_EXIT This `Idempotency-Key` was used for a different request. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `If-Match` is missing: send the `ETag` you read. */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Any route may also answer 429 (too many requests), 500 (with the correlation id, no internals) or 503 `DATABASE_UNAVAILABLE` with `Retry-After`. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    OutcomeFollowUps_getSettings: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    /** @description The version of the resource, e.g. `"3"`: send it back in `If-Match` to change it. A masked view (skyddade personuppgifter) has none. */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OutcomeFollowUpSettingsDto"];
                };
            };
            /** @description No or invalid credentials (problem+json). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Allowed for roles: admin. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Any route may also answer 429 (too many requests), 500 (with the correlation id, no internals) or 503 `DATABASE_UNAVAILABLE` with `Retry-After`. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    OutcomeFollowUps_updateSettings: {
        parameters: {
            query?: never;
            header: {
                /** @description The ETag you read, e.g. "0" or "3" */
                "If-Match": string;
                /** @description Makes a retry safe: the same key and body give the first answer again (`Idempotency-Replayed: true`). */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "months": [
                 *         1,
                 *         6,
                 *         12
                 *       ],
                 *       "graceDays": 30
                 *     }
                 */
                "application/json": components["schemas"]["UpdateOutcomeFollowUpSettingsDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    /** @description Present (`true`) when this is the stored answer to an earlier request with the same key. */
                    "Idempotency-Replayed"?: "true";
                    /** @description The version of the resource, e.g. `"3"`: send it back in `If-Match` to change it. A masked view (skyddade personuppgifter) has none. */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OutcomeFollowUpSettingsDto"];
                };
            };
            /** @description Invalid input: `errors[]` names each field and the rule it breaks, all of them at once. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No or invalid credentials (problem+json). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Allowed for roles: admin. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A request with this `Idempotency-Key` is still being handled, or its outcome was lost (retry later / check). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Stale: the `If-Match` version is not the current one; read the resource again. */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description This `Idempotency-Key` was used for a different request. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `If-Match` is missing: send the `ETag` you read. */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Any route may also answer 429 (too many requests), 500 (with the correlation id, no internals) or 503 `DATABASE_UNAVAILABLE` with `Retry-After`. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    AssistancePeriods_list: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                participantId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AssistancePeriodListDto"];
                };
            };
            /** @description Invalid input: `errors[]` names each field and the rule it breaks, all of them at once. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No or invalid credentials (problem+json). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Allowed for roles: ifo_caseworker, ame_coach, unit_manager. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description PARTICIPANT_NOT_FOUND: Unknown, or not visible to you (no relation to the person through your units). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Any route may also answer 429 (too many requests), 500 (with the correlation id, no internals) or 503 `DATABASE_UNAVAILABLE` with `Retry-After`. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    AssistancePeriods_record: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retry safe: the same key and body give the first answer again (`Idempotency-Replayed: true`). */
                "Idempotency-Key"?: string;
            };
            path: {
                participantId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "fromDate": "2026-01-01",
                 *       "toDate": "2026-06-30",
                 *       "householdRole": "applicant"
                 *     }
                 */
                "application/json": components["schemas"]["RecordAssistancePeriodDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    /** @description Present (`true`) when this is the stored answer to an earlier request with the same key. */
                    "Idempotency-Replayed"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AssistancePeriodDto"];
                };
            };
            /** @description Invalid input: `errors[]` names each field and the rule it breaks, all of them at once. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No or invalid credentials (problem+json). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Allowed for roles: ifo_caseworker. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description PARTICIPANT_NOT_FOUND: Unknown, or not visible to you (no relation to the person through your units). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A request with this `Idempotency-Key` is still being handled, or its outcome was lost (retry later / check). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description ASSISTANCE_PERIOD_OVERLAP: shares a day with a current period of the same person (errors[] names the field) This `Idempotency-Key` was used for a different request. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Any route may also answer 429 (too many requests), 500 (with the correlation id, no internals) or 503 `DATABASE_UNAVAILABLE` with `Retry-After`. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    AssistancePeriods_correct: {
        parameters: {
            query?: never;
            header: {
                /** @description The ETag of the period you read, e.g. "1" */
                "If-Match": string;
                /** @description Makes a retry safe: the same key and body give the first answer again (`Idempotency-Replayed: true`). */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "fromDate": "2026-01-01",
                 *       "toDate": "2026-06-30",
                 *       "householdRole": "applicant",
                 *       "reason": "text"
                 *     }
                 */
                "application/json": components["schemas"]["CorrectAssistancePeriodDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    /** @description Present (`true`) when this is the stored answer to an earlier request with the same key. */
                    "Idempotency-Replayed"?: "true";
                    /** @description The version of the resource, e.g. `"3"`: send it back in `If-Match` to change it. A masked view (skyddade personuppgifter) has none. */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AssistancePeriodDto"];
                };
            };
            /** @description Invalid input: `errors[]` names each field and the rule it breaks, all of them at once. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No or invalid credentials (problem+json). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Allowed for roles: ifo_caseworker. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description ASSISTANCE_PERIOD_NOT_FOUND: Unknown, or not visible to you (no relation to the person through your units). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description ASSISTANCE_PERIOD_SUPERSEDED A request with this `Idempotency-Key` is still being handled, or its outcome was lost (retry later / check). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description STALE_VERSION Stale: the `If-Match` version is not the current one; read the resource again. */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description ASSISTANCE_PERIOD_OVERLAP: shares a day with a current period of the same person (errors[] names the field) This `Idempotency-Key` was used for a different request. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `If-Match` is missing: send the `ETag` you read. */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Any route may also answer 429 (too many requests), 500 (with the correlation id, no internals) or 503 `DATABASE_UNAVAILABLE` with `Retry-After`. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    AssistanceImport_upload: {
        parameters: {
            query?: {
                /** @description true: save the accepted rows and report the rejected; default false: all or nothing */
                partial?: boolean;
            };
            header?: {
                /** @description Makes a retried upload safe */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "format": "csv",
                 *       "content": "text"
                 *     }
                 */
                "application/json": components["schemas"]["AssistanceImportDto"];
            };
        };
        responses: {
            /** @description What was saved, found again and rejected */
            200: {
                headers: {
                    /** @description Present (`true`) when this is the stored answer to an earlier request with the same key. */
                    "Idempotency-Replayed"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AssistanceImportReportDto"];
                };
            };
            /** @description VALIDATION_FAILED: bad body, or a file that cannot be read Invalid input: `errors[]` names each field and the rule it breaks, all of them at once. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No or invalid credentials (problem+json). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Allowed for roles: ifo_caseworker; API-key scopes: assistance:import. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A request with this `Idempotency-Key` is still being handled, or its outcome was lost (retry later / check). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description ASSISTANCE_IMPORT_REJECTED: rows were rejected in all-or-nothing mode and nothing was saved; the problem carries the report and the rows as errors (rows[12].fromDate) This `Idempotency-Key` was used for a different request. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Any route may also answer 429 (too many requests), 500 (with the correlation id, no internals) or 503 `DATABASE_UNAVAILABLE` with `Retry-After`. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    Partners_list: {
        parameters: {
            query?: {
                limit?: number;
                /** @description nextCursor from the previous page */
                cursor?: string;
                type?: "arbetsformedlingen" | "forsakringskassan" | "region" | "employer" | "civil_society" | "other_municipality" | "samordningsforbund" | "other";
                /** @description true: only active; false: only inactive; left out: all */
                active?: boolean;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PartnerPageDto"];
                };
            };
            /** @description Invalid input: `errors[]` names each field and the rule it breaks, all of them at once. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No or invalid credentials (problem+json). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Allowed for roles: admin, ame_coach, unit_manager, ifo_caseworker. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Any route may also answer 429 (too many requests), 500 (with the correlation id, no internals) or 503 `DATABASE_UNAVAILABLE` with `Retry-After`. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    Partners_create: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retry safe: the same key and body give the first answer again (`Idempotency-Replayed: true`). */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "type": "arbetsformedlingen",
                 *       "name": "Arbetsförmedlingen Timrå",
                 *       "organisationNumber": "202100-2114"
                 *     }
                 */
                "application/json": components["schemas"]["CreatePartnerDto"];
            };
        };
        responses: {
            /** @description ETag header carries the version */
            201: {
                headers: {
                    /** @description Present (`true`) when this is the stored answer to an earlier request with the same key. */
                    "Idempotency-Replayed"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PartnerDto"];
                };
            };
            /** @description VALIDATION_FAILED Invalid input: `errors[]` names each field and the rule it breaks, all of them at once. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No or invalid credentials (problem+json). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Allowed for roles: admin, ame_coach, unit_manager. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description PARTNER_NAME_TAKEN A request with this `Idempotency-Key` is still being handled, or its outcome was lost (retry later / check). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description This `Idempotency-Key` was used for a different request. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Any route may also answer 429 (too many requests), 500 (with the correlation id, no internals) or 503 `DATABASE_UNAVAILABLE` with `Retry-After`. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    Partners_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    /** @description The version of the resource, e.g. `"3"`: send it back in `If-Match` to change it. A masked view (skyddade personuppgifter) has none. */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PartnerDto"];
                };
            };
            /** @description Invalid input: `errors[]` names each field and the rule it breaks, all of them at once. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No or invalid credentials (problem+json). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Allowed for roles: admin, ame_coach, unit_manager, ifo_caseworker. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description PARTNER_NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Any route may also answer 429 (too many requests), 500 (with the correlation id, no internals) or 503 `DATABASE_UNAVAILABLE` with `Retry-After`. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    Partners_update: {
        parameters: {
            query?: never;
            header: {
                /** @description The ETag you read, e.g. "3" */
                "If-Match": string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /** @example {} */
                "application/json": components["schemas"]["UpdatePartnerDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    /** @description The version of the resource, e.g. `"3"`: send it back in `If-Match` to change it. A masked view (skyddade personuppgifter) has none. */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PartnerDto"];
                };
            };
            /** @description Invalid input: `errors[]` names each field and the rule it breaks, all of them at once. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No or invalid credentials (problem+json). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Allowed for roles: admin, ame_coach, unit_manager. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description PARTNER_NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description PARTNER_NAME_TAKEN */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description STALE_VERSION Stale: the `If-Match` version is not the current one; read the resource again. */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `If-Match` is missing: send the `ETag` you read. */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Any route may also answer 429 (too many requests), 500 (with the correlation id, no internals) or 503 `DATABASE_UNAVAILABLE` with `Retry-After`. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    Partners_addContact: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retry safe: the same key and body give the first answer again (`Idempotency-Replayed: true`). */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "name": "Anna Andersson",
                 *       "email": "anna.andersson@partner.example",
                 *       "phone": "010-123 45 67"
                 *     }
                 */
                "application/json": components["schemas"]["PartnerContactInputDto"];
            };
        };
        responses: {
            /** @description ETag header carries the version */
            201: {
                headers: {
                    /** @description Present (`true`) when this is the stored answer to an earlier request with the same key. */
                    "Idempotency-Replayed"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PartnerContactDto"];
                };
            };
            /** @description Invalid input: `errors[]` names each field and the rule it breaks, all of them at once. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No or invalid credentials (problem+json). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Allowed for roles: admin, ame_coach, unit_manager. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description PARTNER_NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A request with this `Idempotency-Key` is still being handled, or its outcome was lost (retry later / check). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description This `Idempotency-Key` was used for a different request. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Any route may also answer 429 (too many requests), 500 (with the correlation id, no internals) or 503 `DATABASE_UNAVAILABLE` with `Retry-After`. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    Partners_updateContact: {
        parameters: {
            query?: never;
            header: {
                /** @description The ETag you read, e.g. "3" */
                "If-Match": string;
            };
            path: {
                id: string;
                contactId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /** @example {} */
                "application/json": components["schemas"]["UpdatePartnerContactDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    /** @description The version of the resource, e.g. `"3"`: send it back in `If-Match` to change it. A masked view (skyddade personuppgifter) has none. */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PartnerContactDto"];
                };
            };
            /** @description Invalid input: `errors[]` names each field and the rule it breaks, all of them at once. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No or invalid credentials (problem+json). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Allowed for roles: admin, ame_coach, unit_manager. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description PARTNER_CONTACT_NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description STALE_VERSION Stale: the `If-Match` version is not the current one; read the resource again. */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `If-Match` is missing: send the `ETag` you read. */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Any route may also answer 429 (too many requests), 500 (with the correlation id, no internals) or 503 `DATABASE_UNAVAILABLE` with `Retry-After`. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    Agreements_list: {
        parameters: {
            query?: {
                limit?: number;
                /** @description nextCursor from the previous page */
                cursor?: string;
                /** @description Only agreements in force on this day (gäller): validFrom ≤ day ≤ validTo, or open-ended */
                inForceOn?: string;
                /** @description Only agreements this partner is party to */
                partnerId?: string;
                kind?: "local_agreement" | "cooperation_agreement" | "iop" | "work_training" | "finsam" | "other";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AgreementPageDto"];
                };
            };
            /** @description Invalid input: `errors[]` names each field and the rule it breaks, all of them at once. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No or invalid credentials (problem+json). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Allowed for roles: admin, ame_coach, unit_manager, ifo_caseworker, analyst. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Any route may also answer 429 (too many requests), 500 (with the correlation id, no internals) or 503 `DATABASE_UNAVAILABLE` with `Retry-After`. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    Agreements_create: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retry safe: the same key and body give the first answer again (`Idempotency-Replayed: true`). */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "kind": "local_agreement",
                 *       "title": "Lokal överenskommelse 2026",
                 *       "purpose": "text",
                 *       "partnerIds": [
                 *         "3f6c1d2e-8b4a-4e7f-9c1d-2a3b4c5d6e7f"
                 *       ],
                 *       "validFrom": "2026-01-01",
                 *       "validTo": "2026-12-31",
                 *       "responsibleUserId": "3f6c1d2e-8b4a-4e7f-9c1d-2a3b4c5d6e7f"
                 *     }
                 */
                "application/json": components["schemas"]["CreateAgreementDto"];
            };
        };
        responses: {
            /** @description ETag header carries the version */
            201: {
                headers: {
                    /** @description Present (`true`) when this is the stored answer to an earlier request with the same key. */
                    "Idempotency-Replayed"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AgreementDto"];
                };
            };
            /** @description VALIDATION_FAILED (e.g. validTo.notBeforeValidFrom) Invalid input: `errors[]` names each field and the rule it breaks, all of them at once. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No or invalid credentials (problem+json). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Allowed for roles: admin, ame_coach, unit_manager. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A request with this `Idempotency-Key` is still being handled, or its outcome was lost (retry later / check). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description AGREEMENT_PARTY_INVALID, AGREEMENT_RESPONSIBLE_INVALID This `Idempotency-Key` was used for a different request. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Any route may also answer 429 (too many requests), 500 (with the correlation id, no internals) or 503 `DATABASE_UNAVAILABLE` with `Retry-After`. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    Agreements_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    /** @description The version of the resource, e.g. `"3"`: send it back in `If-Match` to change it. A masked view (skyddade personuppgifter) has none. */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AgreementDto"];
                };
            };
            /** @description Invalid input: `errors[]` names each field and the rule it breaks, all of them at once. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No or invalid credentials (problem+json). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Allowed for roles: admin, ame_coach, unit_manager, ifo_caseworker, analyst. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description AGREEMENT_NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Any route may also answer 429 (too many requests), 500 (with the correlation id, no internals) or 503 `DATABASE_UNAVAILABLE` with `Retry-After`. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    Agreements_update: {
        parameters: {
            query?: never;
            header: {
                /** @description The ETag you read, e.g. "3" */
                "If-Match": string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /** @example {} */
                "application/json": components["schemas"]["UpdateAgreementDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    /** @description The version of the resource, e.g. `"3"`: send it back in `If-Match` to change it. A masked view (skyddade personuppgifter) has none. */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AgreementDto"];
                };
            };
            /** @description Invalid input: `errors[]` names each field and the rule it breaks, all of them at once. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No or invalid credentials (problem+json). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Allowed for roles: admin, ame_coach, unit_manager. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description AGREEMENT_NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description STALE_VERSION Stale: the `If-Match` version is not the current one; read the resource again. */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description AGREEMENT_PARTY_INVALID, AGREEMENT_RESPONSIBLE_INVALID */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `If-Match` is missing: send the `ETag` you read. */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Any route may also answer 429 (too many requests), 500 (with the correlation id, no internals) or 503 `DATABASE_UNAVAILABLE` with `Retry-After`. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    PartnerInvolvements_list: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                enrolmentId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PartnerInvolvementListDto"];
                };
            };
            /** @description Invalid input: `errors[]` names each field and the rule it breaks, all of them at once. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No or invalid credentials (problem+json). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Allowed for roles: ame_coach, ifo_caseworker, unit_manager. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description ENROLMENT_NOT_FOUND: Unknown, or not visible to you (no relation to the person through your units). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Any route may also answer 429 (too many requests), 500 (with the correlation id, no internals) or 503 `DATABASE_UNAVAILABLE` with `Retry-After`. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    PartnerInvolvements_create: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retry safe: the same key and body give the first answer again (`Idempotency-Replayed: true`). */
                "Idempotency-Key"?: string;
            };
            path: {
                enrolmentId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "partnerId": "3f6c1d2e-8b4a-4e7f-9c1d-2a3b4c5d6e7f",
                 *       "description": "Arbetsförmedlingen: matchning mot arbete, anställningsstöd",
                 *       "fromDate": "2026-03-02"
                 *     }
                 */
                "application/json": components["schemas"]["CreatePartnerInvolvementDto"];
            };
        };
        responses: {
            /** @description ETag header carries the version */
            201: {
                headers: {
                    /** @description Present (`true`) when this is the stored answer to an earlier request with the same key. */
                    "Idempotency-Replayed"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PartnerInvolvementDto"];
                };
            };
            /** @description Invalid input: `errors[]` names each field and the rule it breaks, all of them at once. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No or invalid credentials (problem+json). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Allowed for roles: ame_coach, ifo_caseworker. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description ENROLMENT_NOT_FOUND: Unknown, or not visible to you (no relation to the person through your units). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description ENROLMENT_ALREADY_EXITED A request with this `Idempotency-Key` is still being handled, or its outcome was lost (retry later / check). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description PARTNER_INVOLVEMENT_BEFORE_ENROLMENT, PARTNER_INVOLVEMENT_PARTNER_INVALID, PARTNER_INVOLVEMENT_CONTACT_INVALID, AGREEMENT_INVALID This `Idempotency-Key` was used for a different request. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Any route may also answer 429 (too many requests), 500 (with the correlation id, no internals) or 503 `DATABASE_UNAVAILABLE` with `Retry-After`. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    PartnerInvolvements_update: {
        parameters: {
            query?: never;
            header: {
                /** @description The ETag you read, e.g. "3" */
                "If-Match": string;
            };
            path: {
                enrolmentId: string;
                involvementId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /** @example {} */
                "application/json": components["schemas"]["UpdatePartnerInvolvementDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    /** @description The version of the resource, e.g. `"3"`: send it back in `If-Match` to change it. A masked view (skyddade personuppgifter) has none. */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PartnerInvolvementDto"];
                };
            };
            /** @description Invalid input: `errors[]` names each field and the rule it breaks, all of them at once. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No or invalid credentials (problem+json). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Allowed for roles: ame_coach, ifo_caseworker. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description PARTNER_INVOLVEMENT_NOT_FOUND: Unknown, or not visible to you (no relation to the person through your units). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description STALE_VERSION Stale: the `If-Match` version is not the current one; read the resource again. */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description PARTNER_INVOLVEMENT_BEFORE_ENROLMENT, PARTNER_INVOLVEMENT_CONTACT_INVALID, AGREEMENT_INVALID */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `If-Match` is missing: send the `ETag` you read. */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Any route may also answer 429 (too many requests), 500 (with the correlation id, no internals) or 503 `DATABASE_UNAVAILABLE` with `Retry-After`. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    Sips_list: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                participantId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SipListDto"];
                };
            };
            /** @description Invalid input: `errors[]` names each field and the rule it breaks, all of them at once. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No or invalid credentials (problem+json). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Allowed for roles: ame_coach, ifo_caseworker, unit_manager. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description PARTICIPANT_NOT_FOUND: Unknown, or not visible to you (no relation to the person through a unit where you hold one of the route's roles). The same answer either way. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Any route may also answer 429 (too many requests), 500 (with the correlation id, no internals) or 503 `DATABASE_UNAVAILABLE` with `Retry-After`. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    Sips_create: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retry safe: the same key and body give the first answer again (`Idempotency-Replayed: true`). */
                "Idempotency-Key"?: string;
            };
            path: {
                participantId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "unitIds": [
                 *         "3f6c1d2e-8b4a-4e7f-9c1d-2a3b4c5d6e7f"
                 *       ],
                 *       "externalParties": [
                 *         {
                 *           "organisationType": "region",
                 *           "organisationName": "text"
                 *         }
                 *       ],
                 *       "relatives": [
                 *         {
                 *           "name": "text"
                 *         }
                 *       ],
                 *       "needs": [
                 *         {
                 *           "description": "text"
                 *         }
                 *       ],
                 *       "measures": [
                 *         {
                 *           "needId": "3f6c1d2e-8b4a-4e7f-9c1d-2a3b4c5d6e7f",
                 *           "measure": "text",
                 *           "responsibleParty": "3f6c1d2e-8b4a-4e7f-9c1d-2a3b4c5d6e7f"
                 *         }
                 *       ]
                 *     }
                 */
                "application/json": components["schemas"]["CreateSipDto"];
            };
        };
        responses: {
            /** @description ETag header carries the version */
            201: {
                headers: {
                    /** @description Present (`true`) when this is the stored answer to an earlier request with the same key. */
                    "Idempotency-Replayed"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SipDto"];
                };
            };
            /** @description Invalid input: `errors[]` names each field and the rule it breaks, all of them at once. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No or invalid credentials (problem+json). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Allowed for roles: ame_coach, ifo_caseworker. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description PARTICIPANT_NOT_FOUND: Unknown, or not visible to you (no relation to the person through a unit where you hold one of the route's roles). The same answer either way. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A request with this `Idempotency-Key` is still being handled, or its outcome was lost (retry later / check). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description SIP_CONSENT_REQUIRED, SIP_REFERENCE_INVALID (a measure for an unknown need, or a measure or the overall responsibility (huvudansvar) with a party not taking part), SIP_UNIT_INVALID (not a unit of your municipality), SIP_PLAN_INVALID (planId newly linked is not an active development plan of the participant) This `Idempotency-Key` was used for a different request. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Any route may also answer 429 (too many requests), 500 (with the correlation id, no internals) or 503 `DATABASE_UNAVAILABLE` with `Retry-After`. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    Sips_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    /** @description The version of the resource, e.g. `"3"`: send it back in `If-Match` to change it. A masked view (skyddade personuppgifter) has none. */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SipDto"];
                };
            };
            /** @description Invalid input: `errors[]` names each field and the rule it breaks, all of them at once. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No or invalid credentials (problem+json). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Allowed for roles: ame_coach, ifo_caseworker, unit_manager. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description SIP_NOT_FOUND: Unknown, or not visible to you (no relation to the person through a unit where you hold one of the route's roles). The same answer either way. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Any route may also answer 429 (too many requests), 500 (with the correlation id, no internals) or 503 `DATABASE_UNAVAILABLE` with `Retry-After`. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    Sips_update: {
        parameters: {
            query?: never;
            header: {
                /** @description The ETag you read, e.g. "3" */
                "If-Match": string;
                /** @description Makes a retry safe: the same key and body give the first answer again (`Idempotency-Replayed: true`). */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "unitIds": [
                 *         "3f6c1d2e-8b4a-4e7f-9c1d-2a3b4c5d6e7f"
                 *       ],
                 *       "externalParties": [
                 *         {
                 *           "organisationType": "region",
                 *           "organisationName": "text"
                 *         }
                 *       ],
                 *       "relatives": [
                 *         {
                 *           "name": "text"
                 *         }
                 *       ],
                 *       "needs": [
                 *         {
                 *           "description": "text"
                 *         }
                 *       ],
                 *       "measures": [
                 *         {
                 *           "needId": "3f6c1d2e-8b4a-4e7f-9c1d-2a3b4c5d6e7f",
                 *           "measure": "text",
                 *           "responsibleParty": "3f6c1d2e-8b4a-4e7f-9c1d-2a3b4c5d6e7f"
                 *         }
                 *       ],
                 *       "changeSummary": "text"
                 *     }
                 */
                "application/json": components["schemas"]["UpdateSipDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    /** @description Present (`true`) when this is the stored answer to an earlier request with the same key. */
                    "Idempotency-Replayed"?: "true";
                    /** @description The version of the resource, e.g. `"3"`: send it back in `If-Match` to change it. A masked view (skyddade personuppgifter) has none. */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SipDto"];
                };
            };
            /** @description Invalid input: `errors[]` names each field and the rule it breaks, all of them at once. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No or invalid credentials (problem+json). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Allowed for roles: ame_coach, ifo_caseworker. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description SIP_NOT_FOUND: Unknown, or not visible to you (no relation to the person through a unit where you hold one of the route's roles). The same answer either way. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description SIP_CLOSED A request with this `Idempotency-Key` is still being handled, or its outcome was lost (retry later / check). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Stale: the `If-Match` version is not the current one; read the resource again. */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description SIP_CONSENT_REQUIRED, SIP_REFERENCE_INVALID (a measure for an unknown need, or a measure or the overall responsibility (huvudansvar) with a party not taking part), SIP_UNIT_INVALID (not a unit of your municipality), SIP_PLAN_INVALID (planId newly linked is not an active development plan of the participant), SIP_UNCHANGED This `Idempotency-Key` was used for a different request. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `If-Match` is missing: send the `ETag` you read. */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Any route may also answer 429 (too many requests), 500 (with the correlation id, no internals) or 503 `DATABASE_UNAVAILABLE` with `Retry-After`. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    Sips_getVersion: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                versionNo: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SipVersionDto"];
                };
            };
            /** @description Invalid input: `errors[]` names each field and the rule it breaks, all of them at once. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No or invalid credentials (problem+json). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Allowed for roles: ame_coach, ifo_caseworker, unit_manager. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description SIP_NOT_FOUND, SIP_VERSION_NOT_FOUND: Unknown, or not visible to you (no relation to the person through a unit where you hold one of the route's roles). The same answer either way. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Any route may also answer 429 (too many requests), 500 (with the correlation id, no internals) or 503 `DATABASE_UNAVAILABLE` with `Retry-After`. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    Sips_activate: {
        parameters: {
            query?: never;
            header: {
                /** @description The ETag you read, e.g. "3" */
                "If-Match": string;
                /** @description Makes a retry safe: the same key and body give the first answer again (`Idempotency-Replayed: true`). */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    /** @description Present (`true`) when this is the stored answer to an earlier request with the same key. */
                    "Idempotency-Replayed"?: "true";
                    /** @description The version of the resource, e.g. `"3"`: send it back in `If-Match` to change it. A masked view (skyddade personuppgifter) has none. */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SipDto"];
                };
            };
            /** @description Invalid input: `errors[]` names each field and the rule it breaks, all of them at once. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No or invalid credentials (problem+json). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Allowed for roles: ame_coach, ifo_caseworker. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description SIP_NOT_FOUND: Unknown, or not visible to you (no relation to the person through a unit where you hold one of the route's roles). The same answer either way. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description SIP_ALREADY_ACTIVE, SIP_CLOSED A request with this `Idempotency-Key` is still being handled, or its outcome was lost (retry later / check). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Stale: the `If-Match` version is not the current one; read the resource again. */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description SIP_NOT_READY This `Idempotency-Key` was used for a different request. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `If-Match` is missing: send the `ETag` you read. */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Any route may also answer 429 (too many requests), 500 (with the correlation id, no internals) or 503 `DATABASE_UNAVAILABLE` with `Retry-After`. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    Sips_close: {
        parameters: {
            query?: never;
            header: {
                /** @description The ETag you read, e.g. "3" */
                "If-Match": string;
                /** @description Makes a retry safe: the same key and body give the first answer again (`Idempotency-Replayed: true`). */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "reason": "goals_met"
                 *     }
                 */
                "application/json": components["schemas"]["CloseSipDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    /** @description Present (`true`) when this is the stored answer to an earlier request with the same key. */
                    "Idempotency-Replayed"?: "true";
                    /** @description The version of the resource, e.g. `"3"`: send it back in `If-Match` to change it. A masked view (skyddade personuppgifter) has none. */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SipDto"];
                };
            };
            /** @description Invalid input: `errors[]` names each field and the rule it breaks, all of them at once. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No or invalid credentials (problem+json). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Allowed for roles: ame_coach, ifo_caseworker. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description SIP_NOT_FOUND: Unknown, or not visible to you (no relation to the person through a unit where you hold one of the route's roles). The same answer either way. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description SIP_CLOSED A request with this `Idempotency-Key` is still being handled, or its outcome was lost (retry later / check). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Stale: the `If-Match` version is not the current one; read the resource again. */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description SIP_CLOSE_BEFORE_START This `Idempotency-Key` was used for a different request. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `If-Match` is missing: send the `ETag` you read. */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Any route may also answer 429 (too many requests), 500 (with the correlation id, no internals) or 503 `DATABASE_UNAVAILABLE` with `Retry-After`. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    Sips_recordMeeting: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retry safe: the same key and body give the first answer again (`Idempotency-Replayed: true`). */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "heldOn": "text",
                 *       "participantAttended": false,
                 *       "attendees": [
                 *         "3f6c1d2e-8b4a-4e7f-9c1d-2a3b4c5d6e7f"
                 *       ]
                 *     }
                 */
                "application/json": components["schemas"]["RecordSipMeetingDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    /** @description Present (`true`) when this is the stored answer to an earlier request with the same key. */
                    "Idempotency-Replayed"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SipMeetingDto"];
                };
            };
            /** @description Invalid input: `errors[]` names each field and the rule it breaks, all of them at once. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No or invalid credentials (problem+json). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Allowed for roles: ame_coach, ifo_caseworker. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description SIP_NOT_FOUND: Unknown, or not visible to you (no relation to the person through a unit where you hold one of the route's roles). The same answer either way. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description SIP_CLOSED A request with this `Idempotency-Key` is still being handled, or its outcome was lost (retry later / check). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description SIP_ATTENDEE_INVALID This `Idempotency-Key` was used for a different request. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Any route may also answer 429 (too many requests), 500 (with the correlation id, no internals) or 503 `DATABASE_UNAVAILABLE` with `Retry-After`. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    WaitingList_list: {
        parameters: {
            query?: {
                limit?: number;
                /** @description nextCursor from the previous page */
                cursor?: string;
                /** @description The instance whose list to show */
                instanceId?: string;
                /** @description Only this person’s entries */
                participantId?: string;
                /** @description open = väntar, placed = placerad från kön (with the placement), removed = borttagen ur kön (with why) */
                status?: "open" | "placed" | "removed";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WaitingListPageDto"];
                };
            };
            /** @description Invalid input: `errors[]` names each field and the rule it breaks, all of them at once. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No or invalid credentials (problem+json). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Allowed for roles: ifo_caseworker, ame_coach, unit_manager. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Any route may also answer 429 (too many requests), 500 (with the correlation id, no internals) or 503 `DATABASE_UNAVAILABLE` with `Retry-After`. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    WaitingList_queue: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retry safe: the same key and body give the first answer again (`Idempotency-Replayed: true`). */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "enrolmentId": "3f6c1d2e-8b4a-4e7f-9c1d-2a3b4c5d6e7f",
                 *       "instanceId": "3f6c1d2e-8b4a-4e7f-9c1d-2a3b4c5d6e7f",
                 *       "priority": 2,
                 *       "reason": "Behöver arbetsträning innan praktik",
                 *       "waitingSince": "2026-03-16"
                 *     }
                 */
                "application/json": components["schemas"]["QueueParticipantDto"];
            };
        };
        responses: {
            /** @description ETag header carries the version */
            201: {
                headers: {
                    /** @description Present (`true`) when this is the stored answer to an earlier request with the same key. */
                    "Idempotency-Replayed"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WaitingListEntryDto"];
                };
            };
            /** @description Invalid input: `errors[]` names each field and the rule it breaks, all of them at once. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No or invalid credentials (problem+json). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /**
             * @description WAITING_LIST_WRONG_UNIT
             *
             *     Allowed for roles: ame_coach, unit_manager.
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description ENROLMENT_NOT_FOUND (also when you may not see the person) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description ENROLMENT_ALREADY_EXITED, WAITING_LIST_ALREADY_QUEUED, WAITING_LIST_ALREADY_PLACED A request with this `Idempotency-Key` is still being handled, or its outcome was lost (retry later / check). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description WAITING_LIST_INSTANCE_INVALID, WAITING_LIST_INSTANCE_ENDED, WAITING_LIST_INSTANCE_NOT_FULL, WAITING_LIST_BEFORE_ENROLMENT This `Idempotency-Key` was used for a different request. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Any route may also answer 429 (too many requests), 500 (with the correlation id, no internals) or 503 `DATABASE_UNAVAILABLE` with `Retry-After`. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    WaitingList_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    /** @description The version of the resource, e.g. `"3"`: send it back in `If-Match` to change it. A masked view (skyddade personuppgifter) has none. */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WaitingListEntryDto"];
                };
            };
            /** @description Invalid input: `errors[]` names each field and the rule it breaks, all of them at once. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No or invalid credentials (problem+json). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Allowed for roles: ifo_caseworker, ame_coach, unit_manager. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description WAITING_LIST_ENTRY_NOT_FOUND (also when you may not see the person) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Any route may also answer 429 (too many requests), 500 (with the correlation id, no internals) or 503 `DATABASE_UNAVAILABLE` with `Retry-After`. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    WaitingList_place: {
        parameters: {
            query?: never;
            header: {
                /** @description The ETag you read, e.g. "1" */
                "If-Match": string;
                /** @description Makes a retry safe: the same key and body give the first answer again (`Idempotency-Replayed: true`). */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "placementId": "3f6c1d2e-8b4a-4e7f-9c1d-2a3b4c5d6e7f"
                 *     }
                 */
                "application/json": components["schemas"]["PlaceFromWaitingListDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    /** @description Present (`true`) when this is the stored answer to an earlier request with the same key. */
                    "Idempotency-Replayed"?: "true";
                    /** @description The version of the resource, e.g. `"3"`: send it back in `If-Match` to change it. A masked view (skyddade personuppgifter) has none. */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WaitingListEntryDto"];
                };
            };
            /** @description Invalid input: `errors[]` names each field and the rule it breaks, all of them at once. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No or invalid credentials (problem+json). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /**
             * @description WAITING_LIST_WRONG_UNIT
             *
             *     Allowed for roles: ame_coach, unit_manager.
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description WAITING_LIST_ENTRY_NOT_FOUND (also when you may not see the person) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description WAITING_LIST_ENTRY_CLOSED A request with this `Idempotency-Key` is still being handled, or its outcome was lost (retry later / check). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description STALE_VERSION Stale: the `If-Match` version is not the current one; read the resource again. */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description WAITING_LIST_PLACEMENT_INVALID This `Idempotency-Key` was used for a different request. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `If-Match` is missing: send the `ETag` you read. */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Any route may also answer 429 (too many requests), 500 (with the correlation id, no internals) or 503 `DATABASE_UNAVAILABLE` with `Retry-After`. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    WaitingList_remove: {
        parameters: {
            query?: never;
            header: {
                /** @description The ETag you read, e.g. "1" */
                "If-Match": string;
                /** @description Makes a retry safe: the same key and body give the first answer again (`Idempotency-Replayed: true`). */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "reason": "Har fått ett arbete"
                 *     }
                 */
                "application/json": components["schemas"]["RemoveFromWaitingListDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    /** @description Present (`true`) when this is the stored answer to an earlier request with the same key. */
                    "Idempotency-Replayed"?: "true";
                    /** @description The version of the resource, e.g. `"3"`: send it back in `If-Match` to change it. A masked view (skyddade personuppgifter) has none. */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WaitingListEntryDto"];
                };
            };
            /** @description Invalid input: `errors[]` names each field and the rule it breaks, all of them at once. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No or invalid credentials (problem+json). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /**
             * @description WAITING_LIST_WRONG_UNIT
             *
             *     Allowed for roles: ame_coach, unit_manager.
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description WAITING_LIST_ENTRY_NOT_FOUND (also when you may not see the person) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description WAITING_LIST_ENTRY_CLOSED A request with this `Idempotency-Key` is still being handled, or its outcome was lost (retry later / check). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description STALE_VERSION Stale: the `If-Match` version is not the current one; read the resource again. */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description This `Idempotency-Key` was used for a different request. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `If-Match` is missing: send the `ETag` you read. */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Any route may also answer 429 (too many requests), 500 (with the correlation id, no internals) or 503 `DATABASE_UNAVAILABLE` with `Retry-After`. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    Deviations_list: {
        parameters: {
            query?: {
                limit?: number;
                /** @description nextCursor from the previous page */
                cursor?: string;
                state?: "reported" | "under_investigation" | "measures_decided" | "closed";
                category?: "attendance_reporting" | "information_sharing" | "treatment" | "safety" | "it" | "other";
                kind?: "deviation" | "complaint";
                /** @description Only deviations of this unit */
                unitId?: string;
                /** @description Only deviations naming this participant */
                participantId?: string;
                /** @description Reported on or after this day */
                from?: string;
                /** @description Reported on or before this day */
                to?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DeviationPageDto"];
                };
            };
            /** @description Invalid input: `errors[]` names each field and the rule it breaks, all of them at once. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No or invalid credentials (problem+json). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Allowed for roles: ifo_caseworker, ame_coach, supervisor, unit_manager. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Any route may also answer 429 (too many requests), 500 (with the correlation id, no internals) or 503 `DATABASE_UNAVAILABLE` with `Retry-After`. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    Deviations_report: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retry safe: the same key and body give the first answer again (`Idempotency-Replayed: true`). */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "kind": "deviation",
                 *       "unitId": "3f6c1d2e-8b4a-4e7f-9c1d-2a3b4c5d6e7f",
                 *       "category": "attendance_reporting",
                 *       "severity": "low",
                 *       "description": "text",
                 *       "occurredOn": "2026-03-12"
                 *     }
                 */
                "application/json": components["schemas"]["ReportDeviationDto"];
            };
        };
        responses: {
            /** @description ETag header carries the version */
            201: {
                headers: {
                    /** @description Present (`true`) when this is the stored answer to an earlier request with the same key. */
                    "Idempotency-Replayed"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DeviationDto"];
                };
            };
            /** @description Invalid input: `errors[]` names each field and the rule it breaks, all of them at once. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No or invalid credentials (problem+json). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Allowed for roles: ifo_caseworker, ame_coach, supervisor, unit_manager. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description PARTICIPANT_NOT_FOUND: unknown or not visible to you */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A request with this `Idempotency-Key` is still being handled, or its outcome was lost (retry later / check). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description DEVIATION_UNIT_NOT_YOURS: unitId is not one of your units This `Idempotency-Key` was used for a different request. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Any route may also answer 429 (too many requests), 500 (with the correlation id, no internals) or 503 `DATABASE_UNAVAILABLE` with `Retry-After`. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    Deviations_summaryOf: {
        parameters: {
            query: {
                /** @description First day reported (Europe/Stockholm), inclusive */
                from: string;
                /** @description Last day reported, inclusive; not before from */
                to: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DeviationStatsDto"];
                };
            };
            /** @description Invalid input: `errors[]` names each field and the rule it breaks, all of them at once. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No or invalid credentials (problem+json). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Allowed for roles: unit_manager, analyst. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Any route may also answer 429 (too many requests), 500 (with the correlation id, no internals) or 503 `DATABASE_UNAVAILABLE` with `Retry-After`. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    Deviations_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    /** @description The version of the resource, e.g. `"3"`: send it back in `If-Match` to change it. A masked view (skyddade personuppgifter) has none. */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DeviationDto"];
                };
            };
            /** @description Invalid input: `errors[]` names each field and the rule it breaks, all of them at once. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No or invalid credentials (problem+json). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Allowed for roles: ifo_caseworker, ame_coach, supervisor, unit_manager. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description DEVIATION_NOT_FOUND: unknown, or not visible to you — the same answer either way. Visible to the one who reported it and to a unit manager of the unit it concerns; a deviation that names a participant only to those of them who also reach that person (others get 404, and it is absent from their lists). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Any route may also answer 429 (too many requests), 500 (with the correlation id, no internals) or 503 `DATABASE_UNAVAILABLE` with `Retry-After`. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    Deviations_investigate: {
        parameters: {
            query?: never;
            header: {
                /** @description The ETag you read, e.g. "3" */
                "If-Match": string;
                /** @description Makes a retry safe: the same key and body give the first answer again (`Idempotency-Replayed: true`). */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    /** @description Present (`true`) when this is the stored answer to an earlier request with the same key. */
                    "Idempotency-Replayed"?: "true";
                    /** @description The version of the resource, e.g. `"3"`: send it back in `If-Match` to change it. A masked view (skyddade personuppgifter) has none. */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DeviationDto"];
                };
            };
            /** @description Invalid input: `errors[]` names each field and the rule it breaks, all of them at once. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No or invalid credentials (problem+json). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Allowed for roles: unit_manager. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description DEVIATION_NOT_FOUND: unknown, or not visible to you — the same answer either way. Visible to the one who reported it and to a unit manager of the unit it concerns; a deviation that names a participant only to those of them who also reach that person (others get 404, and it is absent from their lists). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description DEVIATION_INVALID_TRANSITION: the state does not allow this step (the body names currentState, action and allowed). A request with this `Idempotency-Key` is still being handled, or its outcome was lost (retry later / check). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description STALE_VERSION Stale: the `If-Match` version is not the current one; read the resource again. */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description This `Idempotency-Key` was used for a different request. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `If-Match` is missing: send the `ETag` you read. */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Any route may also answer 429 (too many requests), 500 (with the correlation id, no internals) or 503 `DATABASE_UNAVAILABLE` with `Retry-After`. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    Deviations_decideMeasures: {
        parameters: {
            query?: never;
            header: {
                /** @description The ETag you read, e.g. "3" */
                "If-Match": string;
                /** @description Makes a retry safe: the same key and body give the first answer again (`Idempotency-Replayed: true`). */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "analysis": "text",
                 *       "measures": "text"
                 *     }
                 */
                "application/json": components["schemas"]["DecideMeasuresDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    /** @description Present (`true`) when this is the stored answer to an earlier request with the same key. */
                    "Idempotency-Replayed"?: "true";
                    /** @description The version of the resource, e.g. `"3"`: send it back in `If-Match` to change it. A masked view (skyddade personuppgifter) has none. */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DeviationDto"];
                };
            };
            /** @description Invalid input: `errors[]` names each field and the rule it breaks, all of them at once. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No or invalid credentials (problem+json). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Allowed for roles: unit_manager. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description DEVIATION_NOT_FOUND: unknown, or not visible to you — the same answer either way. Visible to the one who reported it and to a unit manager of the unit it concerns; a deviation that names a participant only to those of them who also reach that person (others get 404, and it is absent from their lists). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description DEVIATION_INVALID_TRANSITION: the state does not allow this step (the body names currentState, action and allowed). A request with this `Idempotency-Key` is still being handled, or its outcome was lost (retry later / check). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description STALE_VERSION Stale: the `If-Match` version is not the current one; read the resource again. */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description This `Idempotency-Key` was used for a different request. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `If-Match` is missing: send the `ETag` you read. */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Any route may also answer 429 (too many requests), 500 (with the correlation id, no internals) or 503 `DATABASE_UNAVAILABLE` with `Retry-After`. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    Deviations_close: {
        parameters: {
            query?: never;
            header: {
                /** @description The ETag you read, e.g. "3" */
                "If-Match": string;
                /** @description Makes a retry safe: the same key and body give the first answer again (`Idempotency-Replayed: true`). */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    /** @description Present (`true`) when this is the stored answer to an earlier request with the same key. */
                    "Idempotency-Replayed"?: "true";
                    /** @description The version of the resource, e.g. `"3"`: send it back in `If-Match` to change it. A masked view (skyddade personuppgifter) has none. */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DeviationDto"];
                };
            };
            /** @description Invalid input: `errors[]` names each field and the rule it breaks, all of them at once. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No or invalid credentials (problem+json). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Allowed for roles: unit_manager. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description DEVIATION_NOT_FOUND: unknown, or not visible to you — the same answer either way. Visible to the one who reported it and to a unit manager of the unit it concerns; a deviation that names a participant only to those of them who also reach that person (others get 404, and it is absent from their lists). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description DEVIATION_INVALID_TRANSITION: the state does not allow this step (the body names currentState, action and allowed). A request with this `Idempotency-Key` is still being handled, or its outcome was lost (retry later / check). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description STALE_VERSION Stale: the `If-Match` version is not the current one; read the resource again. */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description This `Idempotency-Key` was used for a different request. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `If-Match` is missing: send the `ETag` you read. */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Any route may also answer 429 (too many requests), 500 (with the correlation id, no internals) or 503 `DATABASE_UNAVAILABLE` with `Retry-After`. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
}
