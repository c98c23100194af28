/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "pathway-db.h"
#include "pathway-records.h"

G_BEGIN_DECLS

/* The people who use Pathway on this computer: at most one local student and one local recruiter,
 * and the role chosen last. Each database file remembers its own. */

PathwayAppState *pathway_local_users_get_state (PathwayDb        *db,
                                                GError          **error);
gint64           pathway_local_users_activate  (PathwayDb        *db,
                                                PathwayUserType   role,
                                                GError          **error);
gint64           pathway_local_users_ensure    (PathwayDb        *db,
                                                PathwayUserType   role,
                                                GError          **error);

G_END_DECLS
