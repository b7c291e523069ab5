// The editor's script: built in the next step (caseload, form, previews).
"use strict";
