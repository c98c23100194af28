/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "pathway-skills.h"

static void
assert_key (const char *skill,
            const char *expected)
{
  g_autofree char *key = pathway_skill_normalize (skill);

  g_assert_cmpstr (key, ==, expected);
}

/* Every spelling in a group is one skill, and no two groups are. */
static void
assert_groups (const char * const *groups[],
               guint                n_groups)
{
  g_autoptr(GPtrArray) keys = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GArray) group_of = g_array_new (FALSE, FALSE, sizeof (guint));

  for (guint g = 0; g < n_groups; g++)
    for (guint i = 0; groups[g][i] != NULL; i++)
      {
        g_ptr_array_add (keys, pathway_skill_normalize (groups[g][i]));
        g_array_append_val (group_of, g);
      }

  for (guint i = 0; i < keys->len; i++)
    for (guint j = 0; j < keys->len; j++)
      {
        gboolean same_group = g_array_index (group_of, guint, i) == g_array_index (group_of, guint, j);

        if (g_str_equal (keys->pdata[i], keys->pdata[j]) != same_group)
          g_error ("\"%s\" and \"%s\" should %s", (char *) keys->pdata[i], (char *) keys->pdata[j],
                   same_group ? "be one skill" : "be two skills");
      }

  /* pathway_skill_equal() agrees with the keys. */
  for (guint g = 0; g + 1 < n_groups; g++)
    {
      g_assert_true (pathway_skill_equal (groups[g][0], groups[g][g_strv_length ((GStrv) groups[g]) - 1]));
      g_assert_false (pathway_skill_equal (groups[g][0], groups[g + 1][0]));
    }
}

static void
test_case_and_spaces (void)
{
  assert_key ("Python", "python");
  assert_key ("  PYTHON  ", "python");
  assert_key ("Machine   Learning", "machine learning");
  assert_key ("machine\tlearning\n", "machine learning");
  assert_key ("Data Analysis", "data analysis");
  assert_key ("Test-Driven Development", "test-driven development");
  assert_key ("test driven development", "test-driven development");
  assert_key ("REST APIs", "rest apis");
  assert_key ("", "");
  assert_key ("  ", "");
  assert_key ("!!!", "");
}

static void
test_punctuation (void)
{
  assert_key ("C++", "c++");
  assert_key ("C#", "c#");
  assert_key ("F#", "f#");
  assert_key (".NET", ".net");
  assert_key ("ASP.NET", "asp.net");
  assert_key ("Node.js", "node.js");
  assert_key ("Next.js", "next.js");
  assert_key ("Python.", "python");
  assert_key ("(Python)", "python");
  assert_key ("“Python”", "python");
  assert_key ("Python, SQL", "python sql");
  assert_key ("A/B Testing", "a b testing");
  assert_key ("CI/CD", "ci/cd");
  assert_key ("ci-cd", "ci/cd");
  assert_key ("Big-O Analysis", "big o analysis");
  assert_key ("scikit-learn", "scikit-learn");
  assert_key ("Scikit_Learn", "scikit-learn");
  assert_key ("#hashtag", "hashtag");
  assert_key ("C + +", "c");
  assert_key ("Don't Repeat Yourself", "dont repeat yourself");
  assert_key ("Don’t Repeat Yourself", "dont repeat yourself");
}

static void
test_unicode (void)
{
  /* Full-width letters and signs, as East Asian input methods type them. */
  assert_key ("ＰＹＴＨＯＮ", "python");
  assert_key ("Ｃ＃", "c#");
  assert_key ("Ｃ＋＋", "c++");
  assert_key ("C♯", "c#");
  /* Composed and decomposed accents are one letter; accents themselves stay. */
  assert_key ("Caf\xc3\xa9", "caf\xc3\xa9");
  assert_key ("Cafe\xcc\x81", "caf\xc3\xa9");
  assert_key ("STRASSE", "strasse");
  assert_key ("Straße", "strasse");
  assert_key ("ＭＬ", "machine learning");
  assert_key ("ﬁnance", "finance");
  assert_key ("Python\xc2\xa0" "3", "python");
  assert_key ("ΕΛΛΗΝΙΚΆ", "ελληνικά");
  assert_key ("数据分析", "数据分析");
  /* Not UTF-8: never a crash, and still a key. */
  assert_key ("Kot\xfflin", "kot lin");
}

static void
test_aliases (void)
{
  const char *javascript[] = { "JavaScript", "JS", "Javascript", "javascript", "ECMAScript", "Java Script", "ES6", NULL };
  const char *typescript[] = { "TypeScript", "TS", "ts", NULL };
  const char *python[] = { "Python", "Py", "Python3", "Python 3", "python", NULL };
  const char *postgresql[] = { "PostgreSQL", "Postgres", "psql", "Postgre SQL", NULL };
  const char *kubernetes[] = { "Kubernetes", "k8s", "K8S", NULL };
  const char *ml[] = { "Machine Learning", "ML", "machine-learning", NULL };
  const char *go[] = { "Go", "Golang", "golang", NULL };
  const char *react[] = { "React", "ReactJS", "React.js", "React JS", NULL };
  const char *vue[] = { "Vue", "Vue.js", "VueJS", NULL };
  const char *node[] = { "Node.js", "NodeJS", "Node JS", "node", NULL };
  const char *html[] = { "HTML", "HTML5", "html 5", NULL };
  const char *css[] = { "CSS", "CSS3", NULL };
  const char *sklearn[] = { "scikit-learn", "sklearn", "scikit learn", "Scikit-Learn", "scikitlearn", NULL };
  const char *gcp[] = { "Google Cloud", "GCP", "Google Cloud Platform", NULL };
  const char *aws[] = { "AWS", "Amazon Web Services", "aws", NULL };
  const char *csharp[] = { "C#", "C Sharp", "csharp", NULL };
  const char *cpp[] = { "C++", "CPP", NULL };
  const char *dotnet[] = { ".NET", "dotnet", "Dot Net", NULL };
  const char *rest[] = { "REST APIs", "REST", "REST API", "RESTful", "RESTful APIs", NULL };
  const char *cicd[] = { "CI/CD", "CICD", "CI CD", NULL };
  const char *dataviz[] = { "Data Visualization", "Data Visualisation", "DataViz", NULL };
  const char * const *groups[] = {
    javascript, typescript, python, postgresql, kubernetes, ml, go, react, vue, node, html, css,
    sklearn, gcp, aws, csharp, cpp, dotnet, rest, cicd, dataviz,
  };

  assert_groups (groups, G_N_ELEMENTS (groups));

  assert_key ("JS", "javascript");
  assert_key ("k8s", "kubernetes");
  assert_key ("sklearn", "scikit-learn");
  assert_key ("GCP", "google cloud");
  assert_key ("ML", "machine learning");
  assert_key ("Golang", "go");
}

static void
test_must_not_merge (void)
{
  const char *c[] = { "C", NULL };
  const char *cpp[] = { "C++", NULL };
  const char *csharp[] = { "C#", NULL };
  const char *java[] = { "Java", NULL };
  const char *javascript[] = { "JavaScript", NULL };
  const char *go[] = { "Go", NULL };
  const char *gcp[] = { "Google Cloud", NULL };
  const char *r[] = { "R", NULL };
  const char *react[] = { "React", NULL };
  const char *react_native[] = { "React Native", NULL };
  const char *net[] = { ".NET", NULL };
  const char *network[] = { "Net", NULL };
  const char *ml_kit[] = { "ML Kit", NULL };
  const char *sql[] = { "SQL", NULL };
  const char *sqlite[] = { "SQLite", NULL };
  const char *pyspark[] = { "PySpark", NULL };
  const char *spark[] = { "Apache Spark", NULL };
  const char *ts[] = { "TypeScript", NULL };
  const char *tensorflow[] = { "TensorFlow Lite", NULL };
  const char * const *groups[] = {
    c, cpp, csharp, java, javascript, go, gcp, r, react, react_native, net, network, ml_kit,
    sql, sqlite, pyspark, spark, ts, tensorflow,
  };

  assert_groups (groups, G_N_ELEMENTS (groups));
}

/* A key names itself: normalising twice changes nothing. */
static void
test_idempotent (void)
{
  const char *skills[] = {
    "JS", "C++", "C#", ".NET", "Node.js", "sklearn", "CI/CD", "Test-Driven Development", "OOP",
    "Machine Learning", "GCP", "Objective-C", "ObjC", "REST", "Straße", "Ｃ＃", "A/B Testing",
    "Data Modelling", "Power BI", "Big-O Analysis",
  };

  for (guint i = 0; i < G_N_ELEMENTS (skills); i++)
    {
      g_autofree char *once = pathway_skill_normalize (skills[i]);
      g_autofree char *twice = pathway_skill_normalize (once);

      g_assert_cmpstr (once, ==, twice);
    }
}

static void
test_set (void)
{
  g_autoptr(PathwaySkillSet) set = pathway_skill_set_new ();
  const char *month[] = { "HTML", "CSS", "JavaScript", NULL };
  const char *twice[] = { "JavaScript", "JS", "ECMAScript", NULL };
  const char *none[] = { "Rust", "Java", NULL };

  g_assert_cmpuint (pathway_skill_set_get_size (set), ==, 0);
  g_assert_false (pathway_skill_set_contains (set, "HTML"));
  g_assert_cmpuint (pathway_skill_set_count_known (set, month), ==, 0);

  g_assert_true (pathway_skill_set_add (set, " JS "));
  g_assert_false (pathway_skill_set_add (set, "JavaScript"));
  g_assert_false (pathway_skill_set_add (set, "ECMAScript"));
  g_assert_true (pathway_skill_set_add (set, "html5"));
  g_assert_false (pathway_skill_set_add (set, "  "));
  g_assert_false (pathway_skill_set_add (set, "..."));
  g_assert_cmpuint (pathway_skill_set_get_size (set), ==, 2);

  /* The first spelling is the one kept, trimmed. */
  g_assert_cmpstr (pathway_skill_set_lookup (set, "javascript"), ==, "JS");
  g_assert_cmpstr (pathway_skill_set_lookup (set, "HTML"), ==, "html5");
  g_assert_null (pathway_skill_set_lookup (set, "Java"));

  g_assert_true (pathway_skill_set_contains (set, "JavaScript"));
  g_assert_true (pathway_skill_set_contains (set, "HTML"));
  g_assert_false (pathway_skill_set_contains (set, "Java"));
  g_assert_false (pathway_skill_set_contains (set, "CSS"));

  g_assert_cmpuint (pathway_skill_set_count_known (set, month), ==, 2);
  g_assert_cmpuint (pathway_skill_set_count_known (set, twice), ==, 1);
  g_assert_cmpuint (pathway_skill_set_count_known (set, none), ==, 0);
  g_assert_cmpuint (pathway_skill_set_count_known (set, NULL), ==, 0);

  pathway_skill_set_add_all (set, month);
  g_assert_cmpuint (pathway_skill_set_get_size (set), ==, 3);
  g_assert_cmpuint (pathway_skill_set_count_known (set, month), ==, 3);
  pathway_skill_set_add_all (set, NULL);
  g_assert_cmpuint (pathway_skill_set_get_size (set), ==, 3);
}

/* Each thread must find the alias table whole, however it is first built. */
static gpointer
normalize_in_thread (gpointer data)
{
  for (guint i = 0; i < 200; i++)
    {
      g_autofree char *key = pathway_skill_normalize ("k8s");

      if (!g_str_equal (key, "kubernetes"))
        return GINT_TO_POINTER (FALSE);
    }

  return GINT_TO_POINTER (TRUE);
}

static void
test_threads (void)
{
  GThread *threads[4];

  for (guint i = 0; i < G_N_ELEMENTS (threads); i++)
    threads[i] = g_thread_new ("normalize", normalize_in_thread, NULL);
  for (guint i = 0; i < G_N_ELEMENTS (threads); i++)
    g_assert_true (GPOINTER_TO_INT (g_thread_join (threads[i])));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  /* Before any other test builds the alias table. */
  g_test_add_func ("/core/skills/threads", test_threads);
  g_test_add_func ("/core/skills/case-and-spaces", test_case_and_spaces);
  g_test_add_func ("/core/skills/punctuation", test_punctuation);
  g_test_add_func ("/core/skills/unicode", test_unicode);
  g_test_add_func ("/core/skills/aliases", test_aliases);
  g_test_add_func ("/core/skills/must-not-merge", test_must_not_merge);
  g_test_add_func ("/core/skills/idempotent", test_idempotent);
  g_test_add_func ("/core/skills/set", test_set);

  return g_test_run ();
}
