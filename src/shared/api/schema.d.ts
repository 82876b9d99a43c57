// Generated from contract/openapi.yaml by scripts/contract-types.mjs: do not edit.

export type paths = {
    "/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The signed-in user (fixed) */
        get: operations["getMe"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/mediacentre/resources": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The user's GAR resources in one establishment (fixed)
         * @description The body of the GAR's per-user listing web service
         *     (`GET /ressources/{idENT}/{UAI}/{GARPersonIdentifiant}`), forwarded verbatim. Unknown
         *     fields are allowed and ignored by the widgets. A GAR error body (`Erreur`) forwarded
         *     as is, with a 4xx/5xx status, is understood too.
         */
        get: operations["listMediacentreResources"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/mediacentre/favorites": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The user's favourite resources (fixed) */
        get: operations["listFavorites"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/mediacentre/favorites/{idRessource}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The resource's GAR id (an ARK), URL-encoded. */
                idRessource: string;
            };
            cookie?: never;
        };
        get?: never;
        /** Mark a resource as favourite (fixed, idempotent) */
        put: operations["addFavorite"];
        post?: never;
        /** Unmark a favourite (fixed, idempotent) */
        delete: operations["removeFavorite"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/affectation/establishments/{uai}/subscriptions": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The establishment's UAI (RNE). */
                uai: components["parameters"]["UaiPath"];
            };
            cookie?: never;
        };
        /** The establishment's subscriptions (abonnements) with licence counts (fixed) */
        get: operations["listSubscriptions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/affectation/establishments/{uai}/populations": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The establishment's UAI (RNE). */
                uai: components["parameters"]["UaiPath"];
            };
            cookie?: never;
        };
        /** Divisions and groups of the establishment, with sizes per public (fixed) */
        get: operations["getPopulations"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/affectation/establishments/{uai}/people": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The establishment's UAI (RNE). */
                uai: components["parameters"]["UaiPath"];
            };
            cookie?: never;
        };
        /**
         * Search the establishment's people, paginated (fixed)
         * @description Server-side search (accent- and case-insensitive on names), so that a 3,000-person establishment is never loaded whole.
         */
        get: operations["searchPeople"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/affectation/establishments/{uai}/assignments": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The establishment's UAI (RNE). */
                uai: components["parameters"]["UaiPath"];
            };
            cookie?: never;
        };
        /** Assignments, filtered by subscription or by target (fixed) */
        get: operations["listAssignments"];
        put?: never;
        /**
         * Assign subscriptions to targets, all or nothing (fixed)
         * @description Assigns every listed subscription to every listed target for the given public. A
         *     licence is counted once per person, whatever the number of assignments that reach
         *     them. When the licences left cannot cover the request for any subscription, the
         *     answer is **409** with the shortfalls and the fresh counts, and nothing is applied.
         *     Two responsables writing at once can never together exceed the licences.
         *     A retry with the same `Idempotency-Key` answers the first result.
         *
         *     The body is one request (one public), or a batch of requests (`requests`, one per
         *     public: a family mother given to its whole population) applied all or nothing
         *     together: a 409 on any of them applies none. Within a batch a (subscription,
         *     public) pair appears once (`422` `duplicate` otherwise).
         *
         *     Assigning a target that already has the subscription for that public is not an
         *     error: the answer lists it with `outcome` `extended` (people who arrived since were
         *     added) or `unchanged`; only `created` assignments are new, and an undo removes
         *     exactly those.
         */
        post: operations["createAssignments"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/affectation/establishments/{uai}/assignments/preview": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The establishment's UAI (RNE). */
                uai: components["parameters"]["UaiPath"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * What an assignment would use, without applying it
         * @description The summary shown before confirming ("this uses N licences, M left"); counts people not already holding the subscription.
         */
        post: operations["previewAssignments"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/affectation/establishments/{uai}/assignments/remove": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The establishment's UAI (RNE). */
                uai: components["parameters"]["UaiPath"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Take several assignments back at once (bulk remove)
         * @description All or nothing. An id that is not an assignment of this establishment (unknown, already removed, another establishment's) makes it a `404` that removes nothing; its `detail` names the ids. Repeated ids count once.
         */
        post: operations["removeAssignments"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/affectation/establishments/{uai}/assignments/{assignmentId}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The establishment's UAI (RNE). */
                uai: components["parameters"]["UaiPath"];
                assignmentId: string;
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Take one assignment back (fixed) */
        delete: operations["deleteAssignment"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/affectation/establishments/{uai}/dashboard": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The establishment's UAI (RNE). */
                uai: components["parameters"]["UaiPath"];
            };
            cookie?: never;
        };
        /** What needs the responsable's attention now */
        get: operations["getDashboard"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/affectation/establishments/{uai}/licences/recover": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The establishment's UAI (RNE). */
                uai: components["parameters"]["UaiPath"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Recover the licences held by people who left */
        post: operations["recoverLicences"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/affectation/establishments/{uai}/statistics": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The establishment's UAI (RNE). */
                uai: components["parameters"]["UaiPath"];
            };
            cookie?: never;
        };
        /**
         * Usage per subscription per month, aggregated, small counts suppressed
         * @description Counts from 1 to `threshold` − 1 (1–4) are never returned raw (statistical secrecy):
         *     they come as `{value: null, suppressed: true}`. A zero is shown as
         *     `{value: 0, suppressed: false}` (it describes nobody, and tells a responsable that a
         *     resource is unused); any other count as `{value: n, suppressed: false}`. Without
         *     `from`/`to` the period runs from the school year's first month (September) to the
         *     current month; months after the current one are never listed. A row exists for
         *     each subscription and each month of the period in which it was valid.
         */
        get: operations["getStatistics"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/news/articles": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Latest articles of chosen rubriques, by last activity (fixed)
         * @description Ordered by last activity (`updatedAt`, so an updated article comes back to the top). Anonymous callers never receive `private` articles.
         */
        get: operations["listArticles"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/news/rubriques": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The establishment's rubriques */
        get: operations["listRubriques"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/home/tiles/{tileId}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                tileId: string;
            };
            cookie?: never;
        };
        /** A home-page tile's settings (fixed) */
        get: operations["getTile"];
        /** Change a tile's settings (fixed, admins) */
        put: operations["putTile"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/announcements": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The signed-in user's current announcements (fixed)
         * @description Announcements of the user's establishments whose audience includes the user there, and whose schedule is current (plus those starting within the next 24 hours, so that a page left open shows them on time). Read (dismissed) ones are included with `read` true.
         */
        get: operations["listAnnouncements"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/announcements/{id}/read": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: components["parameters"]["AnnouncementId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Dismiss an announcement for this user (fixed, idempotent) */
        post: operations["markAnnouncementRead"];
        /** Show a dismissed announcement again */
        delete: operations["unmarkAnnouncementRead"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/announcements/{id}/form-responses": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: components["parameters"]["AnnouncementId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Answer an announcement's form, once per user (fixed) */
        post: operations["answerAnnouncementForm"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/announcements": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Every announcement of the establishment, for admins (fixed)
         * @description The announcements of the admin's current establishment (`Me.currentUai`); another establishment's are not listed, and reading, editing or deleting one answers 404.
         */
        get: operations["listAdminAnnouncements"];
        put?: never;
        /** Create an announcement, as a draft or published (fixed) */
        post: operations["createAdminAnnouncement"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/announcements/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: components["parameters"]["AnnouncementId"];
            };
            cookie?: never;
        };
        /** One announcement with its read count and form results (fixed) */
        get: operations["getAdminAnnouncement"];
        /**
         * Edit an announcement (fixed)
         * @description An edit bumps `updatedAt`, so users who dismissed it see it again.
         */
        put: operations["putAdminAnnouncement"];
        post?: never;
        /** Delete an announcement (fixed) */
        delete: operations["deleteAdminAnnouncement"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/audience": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The profiles, levels and divisions an announcement can target
         * @description Levels and divisions of the admin's current establishment (`Me.currentUai`) only, the establishment whose announcements the admin manages; an announcement may name no others.
         */
        get: operations["getAudienceOptions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/audience/count": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * How many people an audience reaches
         * @description Counted among the people of the admin's current establishment (`Me.currentUai`), where a new announcement would belong.
         */
        post: operations["countAudience"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/uploads": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Upload an illustration or an attachment
         * @description Limits: illustrations (`purpose=illustration`) are PNG, JPEG, GIF or WebP up to 5 MB;
         *     attachments (`purpose=attachment`) are PDF, images, OpenDocument, Office documents,
         *     plain text or MP3/MP4 up to 10 MB. 413 past the size, 415 for another type.
         */
        post: operations["upload"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
};
export type webhooks = Record<string, never>;
export type components = {
    schemas: {
        /** @description RFC 9457 problem details, with a stable `code` (required, the widgets act on it). */
        Problem: {
            /** Format: uri-reference */
            type?: string;
            title: string;
            status: number;
            detail?: string;
            instance?: string;
            /** @description Stable machine code: unauthorized, forbidden, not-found, conflict, invalid, already-answered, licences-insufficient, too-large, unsupported-type, rate-limited, unavailable, server-error. */
            code: string;
            /** @description Per-field errors (422). */
            errors?: components["schemas"]["FieldError"][];
            /** @description Seconds to wait before retrying (429, 503). */
            retryAfter?: number;
        } & {
            [key: string]: unknown;
        };
        FieldError: {
            /** @description The field's path in the request body, e.g. `title`, `audience.profiles`, `answers.q1`. */
            field: string;
            code?: string;
            message: string;
        };
        /** @description An error body of the GAR's web services, forwarded by the vendor. */
        GarError: {
            Erreur: {
                Code?: string;
                Message: string;
                Resource?: string;
            };
        };
        /**
         * @description An establishment's UAI (7 digits and a letter).
         * @example 0330001A
         */
        Uai: string;
        Month: string;
        /** @enum {string} */
        Profile: "eleve" | "enseignant" | "documentaliste" | "personnel" | "parent" | "admin";
        /**
         * @description A public a licence can be assigned to.
         * @enum {string}
         */
        Public: "eleve" | "enseignant" | "documentaliste" | "personnel";
        Establishment: {
            uai: components["schemas"]["Uai"];
            name: string;
        };
        /** @description The signed-in user (fixed fields). */
        Me: {
            id: string;
            displayName: string;
            profile: components["schemas"]["Profile"];
            roles: string[];
            establishments: components["schemas"]["Establishment"][];
            currentUai: components["schemas"]["Uai"];
        };
        /** @description A ScoLOMFR vocabulary entry as the GAR gives it. */
        GarTerm: {
            uri?: string;
            nom: string;
        };
        GarPresentationType: {
            /** @description MAN, DIC, MUL, PRO, ACC, DOC… */
            code: string;
            nom: string;
        };
        /** @description One record of the GAR listing, with the GAR's own field names (fixed). Unknown fields are allowed. */
        GarResource: {
            /** @description The GAR id, an ARK. */
            idRessource: string;
            idType?: string;
            nomRessource: string;
            idEditeur?: string;
            nomEditeur?: string;
            urlVignette?: string;
            typePresentation?: components["schemas"]["GarPresentationType"];
            typePedagogique?: components["schemas"]["GarTerm"][];
            typologieDocument?: components["schemas"]["GarTerm"][];
            niveauEducatif?: components["schemas"]["GarTerm"][];
            domaineEnseignement?: components["schemas"]["GarTerm"][];
            /** @description The GAR SSO URL; differs per establishment. */
            urlAccesRessource: string;
            /** @description Present ⇒ GAR-protected access; the GAR badge's text alternative. */
            nomSourceEtiquetteGar?: string;
            urlSourceEtiquetteGar?: string;
            distributeurTech?: string;
            validateurTech?: string;
            /** @description Enrichment from `ressourcesDiffusables`; this record is a *ressource mère de famille*. */
            mereFamille?: boolean;
            /** @description Enrichment; the `idRessource` of this record's family mother. */
            membreFamille?: string;
            /** @description Enrichment; the establishments the record applies to. */
            idEtablissement?: {
                UAI: string;
                nom?: string;
            }[];
        } & {
            [key: string]: unknown;
        };
        /** @description The GAR listing body, verbatim (fixed). */
        GarListing: {
            listeRessources: {
                ressource?: components["schemas"]["GarResource"][];
            } & {
                [key: string]: unknown;
            };
        } & {
            [key: string]: unknown;
        };
        Favorites: {
            favorites: string[];
        };
        /**
         * @description `individuelle`: a number of copies (*exemplaires*) per public; `etablissement`: the whole establishment, no count limit.
         * @enum {string}
         */
        LicenceType: "individuelle" | "etablissement";
        /** @description Licence counts for one public. `total` and `available` are null when unlimited (establishment licences). */
        PublicCount: {
            public: components["schemas"]["Public"];
            total: number | null;
            /** @description People of this public holding the licence (each counted once), including people who left the establishment and whose licence has not been recovered yet (`licences/recover` frees them). */
            assigned: number;
            available: number | null;
        };
        Advisory: {
            public: components["schemas"]["Public"];
            /** @description Shown before assigning the subscription to this public. */
            message: string;
        };
        /** @description An establishment's subscription (*abonnement*) to a resource (fixed). */
        Subscription: {
            id: string;
            resource: components["schemas"]["GarResource"];
            licenceType: components["schemas"]["LicenceType"];
            /** @description The publics the subscription may be assigned to. */
            publics: components["schemas"]["Public"][];
            counts: components["schemas"]["PublicCount"][];
            /** Format: date */
            validFrom: string;
            /** Format: date */
            validUntil: string;
            distributor?: string;
            orderRef?: string;
            /**
             * Format: date-time
             * @description When the order reached the console (new licences are flagged for a few days).
             */
            receivedAt?: string;
            /** @description A *ressource mère de famille*, to be assigned to its whole eligible population. */
            familyMother?: boolean;
            /** @description For a family mother, whether every eligible person of every public holds it. */
            familyComplete?: boolean;
            /** @description The subscription id of this record's family mother. */
            familyMemberOf?: string;
            advisories?: components["schemas"]["Advisory"][];
        };
        SubscriptionList: {
            subscriptions: components["schemas"]["Subscription"][];
        };
        /** @description Fresh counts of one subscription. */
        SubscriptionCounts: {
            id: string;
            counts: components["schemas"]["PublicCount"][];
            familyComplete?: boolean;
        };
        /** @description How many people of each public. A public left out has nobody (0); divisions and groups list at least `eleve` and `enseignant`, `profiles` every public. */
        PublicSizes: {
            eleve?: number;
            enseignant?: number;
            documentaliste?: number;
            personnel?: number;
        };
        Division: {
            id: string;
            /** @description Short code, e.g. `6A`. */
            code: string;
            /** @description Display name, e.g. `6e A`. */
            name: string;
            level: {
                /** @description The MEF (module élémentaire de formation) code. */
                code: string;
                /** @description e.g. `6e`, `2nde`. */
                name: string;
            };
            size: components["schemas"]["PublicSizes"];
        };
        Group: {
            id: string;
            name: string;
            divisionIds: string[];
            size: components["schemas"]["PublicSizes"];
        };
        Populations: {
            divisions: components["schemas"]["Division"][];
            groups: components["schemas"]["Group"][];
            profiles: components["schemas"]["PublicSizes"];
        };
        Person: {
            id: string;
            lastName: string;
            firstName: string;
            profile: components["schemas"]["Public"];
            divisionIds: string[];
            groupIds: string[];
            /** Format: date */
            arrivalDate: string;
            /** Format: date */
            departureDate?: string | null;
            /** @description How many subscriptions this person holds. */
            licenceCount?: number;
        };
        PeoplePage: {
            items: components["schemas"]["Person"][];
            total: number;
            page: number;
            pageSize: number;
        };
        /** @enum {string} */
        TargetType: "division" | "groupe" | "personne" | "profil";
        Target: {
            type: components["schemas"]["TargetType"];
            /** @description A division, group or person id; for `profil`, the public itself. */
            id: string;
            readonly label?: string;
        };
        AssignmentRequest: {
            subscriptionIds: string[];
            public: components["schemas"]["Public"];
            targets: components["schemas"]["Target"][];
        };
        Assignment: {
            id: string;
            subscriptionId: string;
            public: components["schemas"]["Public"];
            target: components["schemas"]["Target"];
            /** @description People of the public the target reaches now. */
            people: number;
            /** Format: date-time */
            createdAt: string;
            createdBy?: string;
        };
        AssignmentPage: {
            items: components["schemas"]["Assignment"][];
            total: number;
            page: number;
            pageSize: number;
        };
        /** @description Several assignment requests (one per public) applied all or nothing together. */
        AssignmentBatch: {
            requests: components["schemas"]["AssignmentRequest"][];
        };
        /**
         * @description `created`: a new assignment (what an undo removes); `extended`: the target already had it and people who arrived since were added; `unchanged`: the target already had it for everyone it reaches.
         * @enum {string}
         */
        AssignmentOutcome: "created" | "extended" | "unchanged";
        AssignmentResult: {
            /** @description Every assignment the request touched, one per subscription × target (× public in a batch), each with what the request did to it. */
            assignments: (components["schemas"]["Assignment"] & {
                outcome: components["schemas"]["AssignmentOutcome"];
            })[];
            subscriptions: components["schemas"]["SubscriptionCounts"][];
        };
        PreviewLine: {
            subscriptionId: string;
            public: components["schemas"]["Public"];
            /** @description People the targets reach. */
            reached?: number;
            /** @description New licences the request uses (people not already holding it). */
            needed: number;
            /** @description Licences left before the request; null when unlimited. */
            available: number | null;
            /** @description How many licences are missing (0 when it fits). */
            shortfall: number;
            advisory?: string;
        };
        AssignmentPreview: {
            lines: components["schemas"]["PreviewLine"][];
            fits: boolean;
        };
        /** @description 409 problem when licences run short; nothing was applied. */
        LicenceConflict: components["schemas"]["Problem"] & {
            /** @constant */
            code?: "licences-insufficient";
            shortfalls: {
                subscriptionId: string;
                public: components["schemas"]["Public"];
                /** @description Licences the request needs for this subscription and public (people reached who do not hold it yet; `needed` in the preview). */
                requested: number;
                /** @description Licences left before the request; the shortfall is `requested − available`. */
                available: number;
            }[];
            subscriptions: components["schemas"]["SubscriptionCounts"][];
        };
        RemovalResult: {
            removed: components["schemas"]["Assignment"][];
            subscriptions: components["schemas"]["SubscriptionCounts"][];
        };
        RecoveryResult: {
            /** @description Licences freed. */
            recovered: number;
            people: number;
            subscriptions: components["schemas"]["SubscriptionCounts"][];
        };
        DashboardItem: {
            /** @enum {string} */
            kind: "unassigned-subscriptions" | "new-licences" | "families-to-validate" | "people-without-assignment" | "recoverable-licences" | "expiring-subscriptions";
            count: number;
            subscriptionIds?: string[];
            /** @description First people concerned (at most 50). */
            personIds?: string[];
            /**
             * Format: date
             * @description For expiring subscriptions, the earliest end date.
             */
            before?: string;
        };
        Dashboard: {
            items: components["schemas"]["DashboardItem"][];
            /** Format: date-time */
            generatedAt: string;
        };
        /** @description An aggregated count; below the threshold it is suppressed and `value` is null. */
        CountValue: {
            value: number | null;
            suppressed: boolean;
        };
        StatisticsRow: {
            subscriptionId: string;
            month: components["schemas"]["Month"];
            sessions: components["schemas"]["CountValue"];
            users: components["schemas"]["CountValue"];
        };
        Statistics: {
            /** @constant */
            threshold: 5;
            months: components["schemas"]["Month"][];
            rows: components["schemas"]["StatisticsRow"][];
        };
        Illustration: {
            url: string;
            /** @description Empty for a decorative image. */
            alt: string;
            width?: number;
            height?: number;
            /** @description Other widths of the same image. */
            srcset?: {
                url: string;
                width: number;
            }[];
        };
        Rubrique: {
            id: string;
            name: string;
            blogEnabled?: boolean;
            visibility?: components["schemas"]["Visibility"];
        };
        /** @enum {string} */
        Visibility: "public" | "private";
        /** @description A news article (fixed fields). */
        Article: {
            id: string;
            title: string;
            /** @description Plain text. */
            summary: string;
            url: string;
            rubrique: components["schemas"]["Rubrique"];
            /** Format: date-time */
            publishedAt: string;
            /** Format: date-time */
            updatedAt: string;
            visibility: components["schemas"]["Visibility"];
            illustration?: components["schemas"]["Illustration"];
        };
        ArticleList: {
            articles: components["schemas"]["Article"][];
            /** @description The page listing every article ("Toutes les actualités"). */
            allArticlesUrl?: string;
        };
        RubriqueList: {
            rubriques: components["schemas"]["Rubrique"][];
        };
        /** @description What an admin sets on a tile (fixed fields). */
        TileSettings: {
            /** @enum {string} */
            type: "news" | "banner";
            title: string;
            disabled: boolean;
            /** @description News tiles; ids of blog-enabled rubriques. */
            rubriques?: string[];
            limit?: number;
            image?: components["schemas"]["Illustration"];
            /** @description Banner tiles; the linked article. */
            articleId?: string | null;
        };
        /** @description A tile's settings, plus what the server resolves for display. */
        Tile: components["schemas"]["TileSettings"] & {
            id: string;
            /** @description Banner tiles; the linked article, when the caller may see it. */
            linkedArticle?: components["schemas"]["Article"];
            /** Format: date-time */
            updatedAt?: string;
        };
        /** @enum {string} */
        AnnouncementKind: "information" | "avertissement" | "alerte";
        AnnouncementLink: {
            url: string;
            label: string;
            /** @description An external web page (true) or an ENT article (false). */
            external: boolean;
        };
        Attachment: {
            id?: string;
            name: string;
            url: string;
            size: number;
            mimeType: string;
        };
        FormQuestion: {
            id: string;
            /** @enum {string} */
            type: "single" | "multiple" | "text";
            label: string;
            required: boolean;
            /** @description For `single` and `multiple`. */
            options?: {
                id: string;
                label: string;
            }[];
            maxLength?: number;
        };
        AnnouncementForm: {
            questions: components["schemas"]["FormQuestion"][];
            /** @description Whether this user already answered. */
            readonly answered?: boolean;
        };
        /** @description An announcement as the signed-in user sees it (fixed fields). */
        Announcement: {
            id: string;
            kind: components["schemas"]["AnnouncementKind"];
            title: string;
            /** @description Restricted HTML; clients sanitise it again on display. */
            body: string;
            /** @description The establishment it comes from. The widget names it when the user's announcements come from several (someone who works in two schools); optional for back ends whose users have one establishment. */
            establishment?: {
                uai: string;
                name: string;
            };
            link?: components["schemas"]["AnnouncementLink"];
            illustration?: components["schemas"]["Illustration"];
            attachments: components["schemas"]["Attachment"][];
            form?: components["schemas"]["AnnouncementForm"];
            /** Format: date-time */
            startsAt: string;
            /** Format: date-time */
            endsAt: string | null;
            /** Format: date-time */
            updatedAt: string;
            dismissible: boolean;
            /** @description Dismissed by this user (since its last edit). */
            read: boolean;
            /** Format: date-time */
            readAt?: string | null;
        };
        AnnouncementList: {
            announcements: components["schemas"]["Announcement"][];
            /**
             * Format: date-time
             * @description The server's clock, so clients can correct their own when honouring schedules.
             */
            serverTime?: string;
        };
        ReadState: {
            id: string;
            read: boolean;
            /** Format: date-time */
            readAt?: string | null;
        };
        FormAnswer: {
            questionId: string;
            optionIds?: string[];
            text?: string;
        };
        FormResponse: {
            answers: components["schemas"]["FormAnswer"][];
        };
        FormResponseReceipt: {
            id: string;
            /** Format: date-time */
            answeredAt: string;
        };
        /** @description Who an announcement reaches. Within a list, any value matches; across lists, all must match (an empty list matches everyone). */
        Audience: {
            profiles: components["schemas"]["Profile"][];
            /** @description Level names, e.g. `4e`. */
            levels: string[];
            /** @description Division ids. */
            divisions: string[];
        };
        AudienceOptions: {
            profiles: components["schemas"]["Profile"][];
            levels: string[];
            divisions: {
                id: string;
                name: string;
                level: string;
            }[];
        };
        AudienceCount: {
            count: number;
        };
        /**
         * @description `home`: the personal home page; `mail`: the ENT mail (messagerie), without replies; `both`.
         * @enum {string}
         */
        Channel: "home" | "mail" | "both";
        /** @description What an admin writes. Request bodies allow no other field (`unevaluatedProperties` on the operations), so that `AdminAnnouncement` can extend it. */
        AnnouncementInput: {
            kind: components["schemas"]["AnnouncementKind"];
            title: string;
            body: string;
            link?: components["schemas"]["AnnouncementLink"];
            illustration?: components["schemas"]["Illustration"];
            attachments?: components["schemas"]["Attachment"][];
            form?: {
                questions: components["schemas"]["FormQuestion"][];
            };
            /** Format: date-time */
            startsAt: string;
            /** Format: date-time */
            endsAt?: string | null;
            /** @description Defaults to true, except for `alerte`. */
            dismissible?: boolean;
            audience: components["schemas"]["Audience"];
            channel: components["schemas"]["Channel"];
            /** @enum {string} */
            state: "draft" | "published";
        };
        FormResults: {
            responses: number;
            questions: {
                questionId: string;
                options?: {
                    optionId: string;
                    count: number;
                }[];
                texts?: string[];
            }[];
        };
        /** @description An announcement as its admins see it. */
        AdminAnnouncement: components["schemas"]["AnnouncementInput"] & {
            id: string;
            /** @description The establishment it belongs to: the admin's current one (`Me.currentUai`) when it was created. It reaches that establishment's people only, its `recipients` and `readCount` are counted there, and only that establishment's admins see it. */
            readonly uai: string;
            /** @enum {string} */
            readonly status: "draft" | "scheduled" | "active" | "ended";
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
            author?: string;
            /** @description People the audience reaches. */
            recipients: number;
            /** @description People who read the current version: they dismissed it since its last edit, or answered its form (an answer shows it was read). Never fewer than `results.responses`, never more than `recipients`. */
            readCount: number;
            results?: components["schemas"]["FormResults"];
        };
        AdminAnnouncementList: {
            announcements: components["schemas"]["AdminAnnouncement"][];
        };
        Upload: {
            id: string;
            url: string;
            name: string;
            size: number;
            mimeType: string;
        };
    };
    responses: {
        /** @description Unchanged since the `If-None-Match` ETag. */
        NotModified: {
            headers: {
                [name: string]: unknown;
            };
            content?: never;
        };
        /** @description Not signed in. */
        Unauthorized: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "type": "https://ent-widgets.example/problems/unauthorized",
                 *       "title": "Non connecté",
                 *       "status": 401,
                 *       "code": "unauthorized"
                 *     }
                 */
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description Signed in, but not allowed. */
        Forbidden: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "type": "https://ent-widgets.example/problems/forbidden",
                 *       "title": "Accès refusé",
                 *       "status": 403,
                 *       "code": "forbidden",
                 *       "detail": "Seuls les responsables d'affectation ont accès à la console."
                 *     }
                 */
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description No such resource. */
        NotFound: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description The request conflicts with the current state (e.g. already answered). */
        Conflict: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description Invalid input; `errors` lists the fields at fault. */
        Invalid: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "type": "https://ent-widgets.example/problems/invalid",
                 *       "title": "Saisie invalide",
                 *       "status": 422,
                 *       "code": "invalid",
                 *       "errors": [
                 *         {
                 *           "field": "title",
                 *           "code": "too-long",
                 *           "message": "Le titre dépasse 120 caractères."
                 *         }
                 *       ]
                 *     }
                 */
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description The upload is over the size limit. */
        TooLarge: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description The upload's type is not accepted. */
        UnsupportedType: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description Any other problem (429, 5xx…). */
        Error: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
    };
    parameters: {
        /** @description The `ETag` of the copy the client holds; answered `304` when unchanged. */
        IfNoneMatch: string;
        /** @description A unique key per user action (8–128 characters); a retry with the same key answers the first success and never applies twice. Scoped to the user; reused with another operation or body → `422` (see Conventions). */
        IdempotencyKey: string;
        /** @description The establishment's UAI (RNE). */
        UaiPath: components["schemas"]["Uai"];
        AnnouncementId: string;
        /** @description Page number, from 1. */
        Page: number;
        PageSize: number;
    };
    requestBodies: never;
    headers: {
        /** @description The representation's version, for `If-None-Match`. */
        ETag: string;
    };
    pathItems: never;
};
export type $defs = Record<string, never>;
export interface operations {
    getMe: {
        parameters: {
            query?: never;
            header?: {
                /** @description The `ETag` of the copy the client holds; answered `304` when unchanged. */
                "If-None-Match"?: components["parameters"]["IfNoneMatch"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The signed-in user. */
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Me"];
                };
            };
            304: components["responses"]["NotModified"];
            401: components["responses"]["Unauthorized"];
            default: components["responses"]["Error"];
        };
    };
    listMediacentreResources: {
        parameters: {
            query: {
                /** @description The establishment (UAI) whose resources are listed. */
                uai: components["schemas"]["Uai"];
            };
            header?: {
                /** @description The `ETag` of the copy the client holds; answered `304` when unchanged. */
                "If-None-Match"?: components["parameters"]["IfNoneMatch"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The GAR listing. */
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GarListing"];
                };
            };
            304: components["responses"]["NotModified"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            /** @description A problem, or a GAR error body forwarded by the vendor. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                    "application/json": components["schemas"]["GarError"];
                };
            };
        };
    };
    listFavorites: {
        parameters: {
            query?: never;
            header?: {
                /** @description The `ETag` of the copy the client holds; answered `304` when unchanged. */
                "If-None-Match"?: components["parameters"]["IfNoneMatch"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The ids (`idRessource`) of the user's favourites. */
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Favorites"];
                };
            };
            304: components["responses"]["NotModified"];
            401: components["responses"]["Unauthorized"];
            default: components["responses"]["Error"];
        };
    };
    addFavorite: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The resource's GAR id (an ARK), URL-encoded. */
                idRessource: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The favourites after the change. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Favorites"];
                };
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            default: components["responses"]["Error"];
        };
    };
    removeFavorite: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The resource's GAR id (an ARK), URL-encoded. */
                idRessource: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The favourites after the change. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Favorites"];
                };
            };
            401: components["responses"]["Unauthorized"];
            default: components["responses"]["Error"];
        };
    };
    listSubscriptions: {
        parameters: {
            query?: never;
            header?: {
                /** @description The `ETag` of the copy the client holds; answered `304` when unchanged. */
                "If-None-Match"?: components["parameters"]["IfNoneMatch"];
            };
            path: {
                /** @description The establishment's UAI (RNE). */
                uai: components["parameters"]["UaiPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Every subscription of the establishment, with per-public counts. */
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SubscriptionList"];
                };
            };
            304: components["responses"]["NotModified"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            default: components["responses"]["Error"];
        };
    };
    getPopulations: {
        parameters: {
            query?: never;
            header?: {
                /** @description The `ETag` of the copy the client holds; answered `304` when unchanged. */
                "If-None-Match"?: components["parameters"]["IfNoneMatch"];
            };
            path: {
                /** @description The establishment's UAI (RNE). */
                uai: components["parameters"]["UaiPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Divisions (classes) and groups. */
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Populations"];
                };
            };
            304: components["responses"]["NotModified"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            default: components["responses"]["Error"];
        };
    };
    searchPeople: {
        parameters: {
            query?: {
                /** @description Words to find in last or first names. */
                q?: string;
                profile?: components["schemas"]["Public"];
                /** @description Only people of this division id. */
                division?: string;
                /** @description Only people of this group id. */
                group?: string;
                /** @description `present` (default), `departed` (left the establishment), `new` (arrived in the last 30 days), `all`. */
                status?: "present" | "departed" | "new" | "all";
                /** @description Only people holding no licence at all. */
                unassigned?: boolean;
                /** @description Page number, from 1. */
                page?: components["parameters"]["Page"];
                pageSize?: components["parameters"]["PageSize"];
            };
            header?: {
                /** @description The `ETag` of the copy the client holds; answered `304` when unchanged. */
                "If-None-Match"?: components["parameters"]["IfNoneMatch"];
            };
            path: {
                /** @description The establishment's UAI (RNE). */
                uai: components["parameters"]["UaiPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of people. */
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PeoplePage"];
                };
            };
            304: components["responses"]["NotModified"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            default: components["responses"]["Error"];
        };
    };
    listAssignments: {
        parameters: {
            query?: {
                subscriptionId?: string;
                targetType?: components["schemas"]["TargetType"];
                targetId?: string;
                /** @description Assignments that reach this person, directly or through a division, group or profile. */
                personId?: string;
                /** @description Page number, from 1. */
                page?: components["parameters"]["Page"];
                pageSize?: components["parameters"]["PageSize"];
            };
            header?: {
                /** @description The `ETag` of the copy the client holds; answered `304` when unchanged. */
                "If-None-Match"?: components["parameters"]["IfNoneMatch"];
            };
            path: {
                /** @description The establishment's UAI (RNE). */
                uai: components["parameters"]["UaiPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of assignments. */
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AssignmentPage"];
                };
            };
            304: components["responses"]["NotModified"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            default: components["responses"]["Error"];
        };
    };
    createAssignments: {
        parameters: {
            query?: never;
            header?: {
                /** @description A unique key per user action (8–128 characters); a retry with the same key answers the first success and never applies twice. Scoped to the user; reused with another operation or body → `422` (see Conventions). */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                /** @description The establishment's UAI (RNE). */
                uai: components["parameters"]["UaiPath"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AssignmentRequest"] | components["schemas"]["AssignmentBatch"];
            };
        };
        responses: {
            /** @description Applied. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AssignmentResult"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            /** @description Not enough licences left; nothing applied. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["LicenceConflict"];
                };
            };
            422: components["responses"]["Invalid"];
            default: components["responses"]["Error"];
        };
    };
    previewAssignments: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The establishment's UAI (RNE). */
                uai: components["parameters"]["UaiPath"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AssignmentRequest"];
            };
        };
        responses: {
            /** @description Licences needed and available per subscription. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AssignmentPreview"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            422: components["responses"]["Invalid"];
            default: components["responses"]["Error"];
        };
    };
    removeAssignments: {
        parameters: {
            query?: never;
            header?: {
                /** @description A unique key per user action (8–128 characters); a retry with the same key answers the first success and never applies twice. Scoped to the user; reused with another operation or body → `422` (see Conventions). */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                /** @description The establishment's UAI (RNE). */
                uai: components["parameters"]["UaiPath"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    assignmentIds: string[];
                };
            };
        };
        responses: {
            /** @description Removed; the removed assignments (for undo) and the fresh counts. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RemovalResult"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            default: components["responses"]["Error"];
        };
    };
    deleteAssignment: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The establishment's UAI (RNE). */
                uai: components["parameters"]["UaiPath"];
                assignmentId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Removed; the removed assignment (for undo) and the fresh counts. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RemovalResult"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            default: components["responses"]["Error"];
        };
    };
    getDashboard: {
        parameters: {
            query?: never;
            header?: {
                /** @description The `ETag` of the copy the client holds; answered `304` when unchanged. */
                "If-None-Match"?: components["parameters"]["IfNoneMatch"];
            };
            path: {
                /** @description The establishment's UAI (RNE). */
                uai: components["parameters"]["UaiPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Items, most urgent first. */
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Dashboard"];
                };
            };
            304: components["responses"]["NotModified"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            default: components["responses"]["Error"];
        };
    };
    recoverLicences: {
        parameters: {
            query?: never;
            header?: {
                /** @description A unique key per user action (8–128 characters); a retry with the same key answers the first success and never applies twice. Scoped to the user; reused with another operation or body → `422` (see Conventions). */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                /** @description The establishment's UAI (RNE). */
                uai: components["parameters"]["UaiPath"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description Departed people whose licences are recovered; all departed people when absent. */
                    personIds?: string[];
                };
            };
        };
        responses: {
            /** @description Recovered; how many licences and the fresh counts. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RecoveryResult"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            default: components["responses"]["Error"];
        };
    };
    getStatistics: {
        parameters: {
            query?: {
                /** @description First month, `YYYY-MM`. */
                from?: components["schemas"]["Month"];
                /** @description Last month, `YYYY-MM`. */
                to?: components["schemas"]["Month"];
                /** @description Only this subscription (`404` when it is not one of the establishment's). */
                subscriptionId?: string;
            };
            header?: {
                /** @description The `ETag` of the copy the client holds; answered `304` when unchanged. */
                "If-None-Match"?: components["parameters"]["IfNoneMatch"];
            };
            path: {
                /** @description The establishment's UAI (RNE). */
                uai: components["parameters"]["UaiPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Usage statistics. */
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Statistics"];
                };
            };
            304: components["responses"]["NotModified"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            default: components["responses"]["Error"];
        };
    };
    listArticles: {
        parameters: {
            query?: {
                /** @description Comma-separated rubrique ids. */
                rubriques?: string[];
                limit?: number;
            };
            header?: {
                /** @description The `ETag` of the copy the client holds; answered `304` when unchanged. */
                "If-None-Match"?: components["parameters"]["IfNoneMatch"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The articles. */
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ArticleList"];
                };
            };
            304: components["responses"]["NotModified"];
            422: components["responses"]["Invalid"];
            default: components["responses"]["Error"];
        };
    };
    listRubriques: {
        parameters: {
            query?: never;
            header?: {
                /** @description The `ETag` of the copy the client holds; answered `304` when unchanged. */
                "If-None-Match"?: components["parameters"]["IfNoneMatch"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The rubriques. */
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RubriqueList"];
                };
            };
            304: components["responses"]["NotModified"];
            422: components["responses"]["Invalid"];
            default: components["responses"]["Error"];
        };
    };
    getTile: {
        parameters: {
            query?: never;
            header?: {
                /** @description The `ETag` of the copy the client holds; answered `304` when unchanged. */
                "If-None-Match"?: components["parameters"]["IfNoneMatch"];
            };
            path: {
                tileId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The tile. */
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Tile"];
                };
            };
            304: components["responses"]["NotModified"];
            404: components["responses"]["NotFound"];
            default: components["responses"]["Error"];
        };
    };
    putTile: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                tileId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TileSettings"];
            };
        };
        responses: {
            /** @description The saved tile. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Tile"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["Invalid"];
            default: components["responses"]["Error"];
        };
    };
    listAnnouncements: {
        parameters: {
            query?: never;
            header?: {
                /** @description The `ETag` of the copy the client holds; answered `304` when unchanged. */
                "If-None-Match"?: components["parameters"]["IfNoneMatch"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The announcements. */
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AnnouncementList"];
                };
            };
            304: components["responses"]["NotModified"];
            401: components["responses"]["Unauthorized"];
            default: components["responses"]["Error"];
        };
    };
    markAnnouncementRead: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: components["parameters"]["AnnouncementId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Dismissed. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReadState"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            default: components["responses"]["Error"];
        };
    };
    unmarkAnnouncementRead: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: components["parameters"]["AnnouncementId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Shown again. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReadState"];
                };
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            default: components["responses"]["Error"];
        };
    };
    answerAnnouncementForm: {
        parameters: {
            query?: never;
            header?: {
                /** @description A unique key per user action (8–128 characters); a retry with the same key answers the first success and never applies twice. Scoped to the user; reused with another operation or body → `422` (see Conventions). */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                id: components["parameters"]["AnnouncementId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["FormResponse"];
            };
        };
        responses: {
            /** @description Recorded. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FormResponseReceipt"];
                };
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["Invalid"];
            default: components["responses"]["Error"];
        };
    };
    listAdminAnnouncements: {
        parameters: {
            query?: never;
            header?: {
                /** @description The `ETag` of the copy the client holds; answered `304` when unchanged. */
                "If-None-Match"?: components["parameters"]["IfNoneMatch"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Drafts, scheduled, active and ended announcements. */
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AdminAnnouncementList"];
                };
            };
            304: components["responses"]["NotModified"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            default: components["responses"]["Error"];
        };
    };
    createAdminAnnouncement: {
        parameters: {
            query?: never;
            header?: {
                /** @description A unique key per user action (8–128 characters); a retry with the same key answers the first success and never applies twice. Scoped to the user; reused with another operation or body → `422` (see Conventions). */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AnnouncementInput"];
            };
        };
        responses: {
            /** @description Created. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AdminAnnouncement"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            422: components["responses"]["Invalid"];
            default: components["responses"]["Error"];
        };
    };
    getAdminAnnouncement: {
        parameters: {
            query?: never;
            header?: {
                /** @description The `ETag` of the copy the client holds; answered `304` when unchanged. */
                "If-None-Match"?: components["parameters"]["IfNoneMatch"];
            };
            path: {
                id: components["parameters"]["AnnouncementId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The announcement. */
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AdminAnnouncement"];
                };
            };
            304: components["responses"]["NotModified"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            default: components["responses"]["Error"];
        };
    };
    putAdminAnnouncement: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: components["parameters"]["AnnouncementId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AnnouncementInput"];
            };
        };
        responses: {
            /** @description Saved. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AdminAnnouncement"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["Invalid"];
            default: components["responses"]["Error"];
        };
    };
    deleteAdminAnnouncement: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: components["parameters"]["AnnouncementId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            default: components["responses"]["Error"];
        };
    };
    getAudienceOptions: {
        parameters: {
            query?: never;
            header?: {
                /** @description The `ETag` of the copy the client holds; answered `304` when unchanged. */
                "If-None-Match"?: components["parameters"]["IfNoneMatch"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The choices. */
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AudienceOptions"];
                };
            };
            304: components["responses"]["NotModified"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            default: components["responses"]["Error"];
        };
    };
    countAudience: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["Audience"];
            };
        };
        responses: {
            /** @description The number of people reached. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AudienceCount"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            422: components["responses"]["Invalid"];
            default: components["responses"]["Error"];
        };
    };
    upload: {
        parameters: {
            query?: never;
            header?: {
                /** @description A unique key per user action (8–128 characters); a retry with the same key answers the first success and never applies twice. Scoped to the user; reused with another operation or body → `422` (see Conventions). */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "multipart/form-data": {
                    file: string;
                    /** @enum {string} */
                    purpose: "illustration" | "attachment";
                };
            };
        };
        responses: {
            /** @description Stored. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Upload"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            413: components["responses"]["TooLarge"];
            415: components["responses"]["UnsupportedType"];
            default: components["responses"]["Error"];
        };
    };
}
