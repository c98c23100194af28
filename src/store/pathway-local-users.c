/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "pathway-local-users"

#include "config.h"

#include "pathway-local-users.h"
#include "pathway-rows.h"

#define APP_STATE_ID 1

/* The state as stored; before the first choice, an unsaved record with nothing set. */
PathwayAppState *
pathway_local_users_get_state (PathwayDb  *db,
                               GError    **error)
{
  g_autoptr(GError) local_error = NULL;
  PathwayAppState *state;

  g_return_val_if_fail (PATHWAY_IS_DB (db), NULL);

  state = pathway_app_states_get (db, APP_STATE_ID, &local_error);
  if (state != NULL)
    return state;

  if (!g_error_matches (local_error, PATHWAY_STORE_ERROR, PATHWAY_STORE_ERROR_NOT_FOUND))
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return NULL;
    }

  return pathway_app_state_new ();
}

static gint64 *
role_user_id (PathwayAppState *state,
              PathwayUserType  role)
{
  return role == PATHWAY_USER_TYPE_RECRUITER ? &state->recruiter_user_id : &state->student_user_id;
}

/* The local user of role, made the first time; when activate, role also becomes the one Pathway
 * opens with. Returns the user's id, or 0. */
static gint64
get_or_create (PathwayDb        *db,
               PathwayUserType   role,
               gboolean          activate,
               GError          **error)
{
  g_autoptr(PathwayTransaction) transaction = NULL;
  g_autoptr(PathwayAppState) state = NULL;
  gint64 *user_id;
  gboolean stored;

  transaction = pathway_db_begin (db, error);
  if (transaction == NULL)
    return 0;

  state = pathway_local_users_get_state (db, error);
  if (state == NULL)
    return 0;

  stored = state->id == APP_STATE_ID;
  user_id = role_user_id (state, role);
  if (*user_id == 0)
    {
      g_autoptr(PathwayUser) user = pathway_user_new ();

      user->user_type = role;
      if (!pathway_users_insert (db, user, error))
        return 0;
      *user_id = user->id;
    }

  state->id = APP_STATE_ID;
  if (activate)
    state->active_role = role;
  if (!(stored ? pathway_app_states_update (db, state, error) : pathway_app_states_insert (db, state, error)))
    return 0;

  if (!pathway_transaction_commit (transaction, error))
    return 0;

  return *role_user_id (state, role);
}

/* Makes role the active one, creating its local user the first time; returns that user's id, or 0. */
gint64
pathway_local_users_activate (PathwayDb        *db,
                              PathwayUserType   role,
                              GError          **error)
{
  g_return_val_if_fail (PATHWAY_IS_DB (db), 0);
  g_return_val_if_fail (role == PATHWAY_USER_TYPE_STUDENT || role == PATHWAY_USER_TYPE_RECRUITER, 0);

  return get_or_create (db, role, TRUE, error);
}

/* The local user of role, created the first time, without changing the role Pathway opens with
 * (pathway-cli works on the student's or recruiter's data this way). Returns its id, or 0. */
gint64
pathway_local_users_ensure (PathwayDb        *db,
                            PathwayUserType   role,
                            GError          **error)
{
  g_return_val_if_fail (PATHWAY_IS_DB (db), 0);
  g_return_val_if_fail (role == PATHWAY_USER_TYPE_STUDENT || role == PATHWAY_USER_TYPE_RECRUITER, 0);

  return get_or_create (db, role, FALSE, error);
}
