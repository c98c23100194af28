/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "pathway-db.h"

G_BEGIN_DECLS

/* Exit statuses of pathway-cli. */
#define PATHWAY_CLI_OK       0
#define PATHWAY_CLI_FAILED   1  /* the command ran and failed, or found problems */
#define PATHWAY_CLI_USAGE    2  /* the command line was wrong */

typedef struct {
  const char *name;
  const char *summary;     /* translatable, marked with N_() */
  int       (*run)        (int argc, char **argv);
} PathwayCliCommand;

int        pathway_cli_run           (int            argc,
                                      char         **argv);

/* For commands: parse argv with entries plus --database; FALSE (message printed) on bad usage. */
gboolean   pathway_cli_parse         (const char    *command,
                                      const char    *parameter_string,
                                      const char    *description,
                                      const GOptionEntry *entries,
                                      int           *argc,
                                      char        ***argv);
/* For commands with subcommands: runs the one argv[1] names, or prints them (stdout for --help). */
int        pathway_cli_dispatch      (const char    *group,
                                      const PathwayCliCommand *commands,
                                      guint          n_commands,
                                      int            argc,
                                      char         **argv);
char      *pathway_cli_dup_database_path (void);
PathwayDb *pathway_cli_open_database (void);
int        pathway_cli_fail          (const GError  *error);

int        pathway_cli_export        (int            argc,
                                      char         **argv);
int        pathway_cli_demo_data     (int            argc,
                                      char         **argv);
int        pathway_cli_videos        (int            argc,
                                      char         **argv);
int        pathway_cli_jobs          (int            argc,
                                      char         **argv);
int        pathway_cli_candidates    (int            argc,
                                      char         **argv);
int        pathway_cli_match         (int            argc,
                                      char         **argv);

G_END_DECLS
