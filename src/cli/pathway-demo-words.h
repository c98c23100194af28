/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* The vocabulary of `pathway-cli demo-data`: names, places, companies and sentences that the
 * generator combines. Everything here is invented for demonstrations; templates hold {named}
 * placeholders that the generator fills. */

typedef struct {
  const char * const *items;
  guint               n_items;
} PathwayDemoList;

typedef struct {
  const char *name;
  const char *currency;  /* put before amounts: "$", "€", "£", "CA$" */
  double      pay_scale; /* local pay relative to the templates' amounts, in that currency */
} PathwayDemoCity;

typedef struct {
  const char *name;      /* "Northwind Analytics" */
  const char *domain;    /* "northwind": addresses are @northwind.example */
  const char *business;  /* completes "{name} …": "turns grocery sales into weekly decisions" */
} PathwayDemoCompany;

typedef struct {
  const char         *title;      /* "Data Analyst"; a level may be put before it */
  const char         *goal_id;    /* the catalogue goal whose students fit the role */
  const char         *team;       /* "data", "platform" */
  int                 salary;     /* yearly pay at the middle level, before the city's scale */
  const char * const *skills;     /* NULL-terminated, spelled as in the catalogue */
  const char * const *duties;     /* NULL-terminated phrases that complete "You will …" */
} PathwayDemoJobTemplate;

typedef struct {
  const char *prefix;    /* "Senior " or "" */
  const char *suffix;    /* " Intern" or "" */
  double      pay;       /* times the template's salary */
  int         years;     /* experience asked for */
} PathwayDemoLevel;

extern const PathwayDemoList pathway_demo_first_names;
extern const PathwayDemoList pathway_demo_last_names;
extern const PathwayDemoList pathway_demo_universities;
extern const PathwayDemoList pathway_demo_fields_of_study;
extern const PathwayDemoList pathway_demo_former_careers;
extern const PathwayDemoList pathway_demo_interests;
extern const PathwayDemoList pathway_demo_time_commitments;

extern const PathwayDemoCity pathway_demo_cities[];
extern const guint           pathway_demo_n_cities;
extern const PathwayDemoCompany pathway_demo_companies[];
extern const guint              pathway_demo_n_companies;
extern const PathwayDemoJobTemplate pathway_demo_jobs[];
extern const guint                  pathway_demo_n_jobs;
extern const PathwayDemoLevel pathway_demo_levels[];
extern const guint            pathway_demo_n_levels;

/* Student summaries: grade_who (one per PathwayGrade; {field} {university} {career}) fills {who}. */
extern const PathwayDemoList pathway_demo_grade_who;
extern const PathwayDemoList pathway_demo_summary_goal_sentences;   /* {who} {goal} */
extern const PathwayDemoList pathway_demo_summary_skill_sentences;  /* {skills} */
extern const PathwayDemoList pathway_demo_summary_extra_sentences;   /* {interests} {city} */

/* Jobs: {company} {business} {year} {title} {team} {where} {skill} {skill2} {years} {field}. */
extern const PathwayDemoList pathway_demo_job_openers;
extern const PathwayDemoList pathway_demo_job_closers;
extern const PathwayDemoList pathway_demo_skill_requirements;
extern const PathwayDemoList pathway_demo_entry_requirements;
extern const PathwayDemoList pathway_demo_general_requirements;

/* Recruiting: {title} {company} {name} {city} {first}. */
extern const PathwayDemoList pathway_demo_shortlist_notes;
extern const PathwayDemoList pathway_demo_interaction_notes;
extern const PathwayDemoList pathway_demo_invitation_subjects;
extern const PathwayDemoList pathway_demo_update_subjects;
extern const PathwayDemoList pathway_demo_offer_subjects;
extern const PathwayDemoList pathway_demo_application_subjects;
extern const PathwayDemoList pathway_demo_application_openers;
extern const PathwayDemoList pathway_demo_application_middles;   /* {who} {goal} {skills} */
extern const PathwayDemoList pathway_demo_application_closers;

/* Candidate preferences: grade_headlines (one per PathwayGrade) fills {grade}. */
extern const PathwayDemoList pathway_demo_grade_headlines;
extern const PathwayDemoList pathway_demo_headlines;   /* {grade} {goal} {skill} {skill2} */

/* Learning: {month} {topic} {skill} {answer} {day} {days}. */
extern const PathwayDemoList pathway_demo_playlist_titles;
extern const PathwayDemoList pathway_demo_video_titles;

G_END_DECLS
