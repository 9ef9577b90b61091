// libedit for Swift, loaded with dlopen(3) only when a person types at a
// terminal: a script run never maps libedit and the libraries it needs
// (libtinfo, libbsd, libmd), which took about a sixth of `tandem -c quit`.
// Swift cannot call the variadic el_set / el_get / history, so each use
// has a fixed-argument wrapper; signal state lives here because Swift 6
// strict concurrency refuses C globals.
#ifndef TANDEM_CEDITLINE_H
#define TANDEM_CEDITLINE_H

#include <histedit.h>
#include <stddef.h>
#include <stdio.h>

typedef char *(*tandem_prompt_fn)(EditLine *);
typedef unsigned char (*tandem_command_fn)(EditLine *, int);

/// Loads libedit once: 0 when every function Tandem uses was found, -1
/// otherwise (tandem_editline_error says why). Every tandem_el_ and
/// tandem_history_ function below needs a successful load first.
int tandem_editline_load(void);
/// Why the load failed (dlopen's or dlsym's message), or "" when it did not.
const char *tandem_editline_error(void);

FILE *tandem_stdin(void);
FILE *tandem_stdout(void);
FILE *tandem_stderr(void);

EditLine *tandem_el_init(const char *program, FILE *in, FILE *out, FILE *err);
void tandem_el_end(EditLine *el);
const char *tandem_el_gets(EditLine *el, int *count);
const LineInfo *tandem_el_line(EditLine *el);
int tandem_el_source(EditLine *el, const char *path);
void tandem_el_deletestr(EditLine *el, int count);
int tandem_el_insertstr(EditLine *el, const char *text);
int tandem_el_prompt_esc(EditLine *el, tandem_prompt_fn fn, char marker);
int tandem_el_editor(EditLine *el, const char *mode);
int tandem_el_signal(EditLine *el, int on);
int tandem_el_history(EditLine *el, History *h);
int tandem_el_addfn(EditLine *el, const char *name, const char *help, tandem_command_fn fn);
int tandem_el_bind(EditLine *el, const char *key, const char *name);
int tandem_el_set_clientdata(EditLine *el, void *data);
void *tandem_el_clientdata(EditLine *el);

History *tandem_history_init(void);
void tandem_history_end(History *h);
int tandem_history_setsize(History *h, int size);
int tandem_history_setunique(History *h, int on);
int tandem_history_enter(History *h, const char *line);
int tandem_history_load(History *h, const char *path);
int tandem_history_save(History *h, const char *path);
/// Encodes one history entry exactly as libedit writes it in a history file
/// (header line first). The caller frees *out.
int tandem_history_encode(const char *line, char **out, size_t *length);

/// SIGINT without SA_RESTART, so a blocked el_gets returns with EINTR.
int tandem_install_sigint(void);
/// Whether Ctrl-C was pressed since the last take, leaving it to be taken.
int tandem_peek_sigint(void);
int tandem_take_sigint(void);

#endif
