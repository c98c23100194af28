/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>
#include <libsecret/secret.h>

G_BEGIN_DECLS

/* API keys in the keyring, one per service (“youtube”), never in the database, logs or exports.
 * In a Flatpak libsecret keeps them through the Secret portal. */

const SecretSchema *pathway_secrets_get_schema   (void);

/* The key, or NULL without an error when none is stored. Wipe it after use (secret_password_free()). */
void                pathway_secrets_lookup_async  (const char           *service,
                                                   GCancellable         *cancellable,
                                                   GAsyncReadyCallback   callback,
                                                   gpointer              user_data);
char               *pathway_secrets_lookup_finish (GAsyncResult         *result,
                                                   GError              **error);

/* label is what keyring managers show, such as “YouTube Data API key”. */
void                pathway_secrets_store_async   (const char           *service,
                                                   const char           *label,
                                                   const char           *secret,
                                                   GCancellable         *cancellable,
                                                   GAsyncReadyCallback   callback,
                                                   gpointer              user_data);
gboolean            pathway_secrets_store_finish  (GAsyncResult         *result,
                                                   GError              **error);

/* TRUE once no key is stored, whether or not there was one. */
void                pathway_secrets_clear_async   (const char           *service,
                                                   GCancellable         *cancellable,
                                                   GAsyncReadyCallback   callback,
                                                   gpointer              user_data);
gboolean            pathway_secrets_clear_finish  (GAsyncResult         *result,
                                                   GError              **error);

G_END_DECLS
