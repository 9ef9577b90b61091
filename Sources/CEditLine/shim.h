// Non-variadic wrappers around libedit, for Swift (which cannot call the
// variadic el_set / el_get / history), plus accessors for C globals that
// Swift 6 strict concurrency refuses to touch directly.
#ifndef TANDEM_CEDITLINE_SHIM_H
#define TANDEM_CEDITLINE_SHIM_H

#include <histedit.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <signal.h>
#include <locale.h>

typedef char *(*tandem_prompt_fn)(EditLine *);
typedef unsigned char (*tandem_command_fn)(EditLine *, int);

static inline FILE *tandem_stdin(void) { return stdin; }
static inline FILE *tandem_stdout(void) { return stdout; }
static inline FILE *tandem_stderr(void) { return stderr; }

static inline int tandem_el_prompt_esc(EditLine *el, tandem_prompt_fn fn, char marker) {
    return el_set(el, EL_PROMPT_ESC, fn, marker);
}
static inline int tandem_el_editor(EditLine *el, const char *mode) {
    return el_set(el, EL_EDITOR, mode);
}
static inline int tandem_el_signal(EditLine *el, int on) {
    return el_set(el, EL_SIGNAL, on);
}
static inline int tandem_el_history(EditLine *el, History *h) {
    return el_set(el, EL_HIST, history, h);
}
static inline int tandem_el_addfn(EditLine *el, const char *name, const char *help, tandem_command_fn fn) {
    return el_set(el, EL_ADDFN, name, help, fn);
}
static inline int tandem_el_bind(EditLine *el, const char *key, const char *name) {
    return el_set(el, EL_BIND, key, name, NULL);
}
static inline int tandem_el_set_clientdata(EditLine *el, void *data) {
    return el_set(el, EL_CLIENTDATA, data);
}
static inline void *tandem_el_clientdata(EditLine *el) {
    void *data = NULL;
    el_get(el, EL_CLIENTDATA, &data);
    return data;
}

static inline int tandem_history_setsize(History *h, int size) {
    HistEvent ev;
    return history(h, &ev, H_SETSIZE, size);
}
static inline int tandem_history_setunique(History *h, int on) {
    HistEvent ev;
    return history(h, &ev, H_SETUNIQUE, on);
}
static inline int tandem_history_enter(History *h, const char *line) {
    HistEvent ev;
    return history(h, &ev, H_ENTER, line);
}
static inline int tandem_history_load(History *h, const char *path) {
    HistEvent ev;
    return history(h, &ev, H_LOAD, path);
}
static inline int tandem_history_save(History *h, const char *path) {
    HistEvent ev;
    return history(h, &ev, H_SAVE, path);
}
static inline int tandem_history_count(History *h) {
    HistEvent ev;
    if (history(h, &ev, H_GETSIZE) < 0) return -1;
    return ev.num;
}

/// Encodes one history entry exactly as libedit writes it in a history file
/// (header line first). The caller frees *out. Uses a real temporary file:
/// this libedit refuses to save into a memory stream (it fchmods the stream).
static inline int tandem_history_encode(const char *line, char **out, size_t *length) {
    *out = NULL;
    *length = 0;
    History *h = history_init();
    if (h == NULL) return -1;
    HistEvent ev;
    history(h, &ev, H_SETSIZE, 2);
    history(h, &ev, H_ENTER, line);
    FILE *fp = tmpfile();
    if (fp == NULL) { history_end(h); return -1; }
    int written = history(h, &ev, H_SAVE_FP, fp);
    history_end(h);
    long size = (written >= 0 && fflush(fp) == 0) ? ftell(fp) : -1;
    if (size <= 0 || fseek(fp, 0, SEEK_SET) != 0) { fclose(fp); return -1; }
    char *buffer = (char *)malloc((size_t)size);
    if (buffer == NULL) { fclose(fp); return -1; }
    size_t got = fread(buffer, 1, (size_t)size, fp);
    fclose(fp);
    if (got != (size_t)size) { free(buffer); return -1; }
    *out = buffer;
    *length = got;
    return written;
}

static volatile sig_atomic_t tandem_sigint_seen = 0;
static inline void tandem_on_sigint(int sig) { (void)sig; tandem_sigint_seen = 1; }
/// SIGINT without SA_RESTART, so a blocked el_gets returns with EINTR.
static inline int tandem_install_sigint(void) {
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_handler = tandem_on_sigint;
    sigemptyset(&sa.sa_mask);
    sa.sa_flags = 0;
    return sigaction(SIGINT, &sa, NULL);
}
/// Whether Ctrl-C was pressed since the last take, leaving it to be taken.
static inline int tandem_peek_sigint(void) { return tandem_sigint_seen; }
static inline int tandem_take_sigint(void) {
    int seen = tandem_sigint_seen;
    tandem_sigint_seen = 0;
    return seen;
}

#endif
