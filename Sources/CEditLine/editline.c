#include "CEditLine.h"

#include <dlfcn.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>

/// libedit's functions, found by dlsym.
static struct {
    EditLine *(*el_init)(const char *, FILE *, FILE *, FILE *);
    void (*el_end)(EditLine *);
    const char *(*el_gets)(EditLine *, int *);
    const LineInfo *(*el_line)(EditLine *);
    int (*el_set)(EditLine *, int, ...);
    int (*el_get)(EditLine *, int, ...);
    int (*el_source)(EditLine *, const char *);
    void (*el_deletestr)(EditLine *, int);
    int (*el_insertstr)(EditLine *, const char *);
    History *(*history_init)(void);
    void (*history_end)(History *);
    int (*history)(History *, HistEvent *, int, ...);
} lib;

/// 0 not tried yet, 1 loaded, -1 failed.
static int state = 0;
static char failure[512];

static int find(void *handle, const char *name, void **slot) {
    *slot = dlsym(handle, name);
    if (*slot != NULL) return 0;
    const char *why = dlerror();
    snprintf(failure, sizeof failure, "%s", why != NULL ? why : name);
    return -1;
}

int tandem_editline_load(void) {
    if (state != 0) return state > 0 ? 0 : -1;
    state = -1;
    // Debian's soname first (libedit2), then upstream's (Fedora, Arch, Alpine),
    // then the development link; the reason kept is the first one's.
    static const char *const names[] = {"libedit.so.2", "libedit.so.0", "libedit.so"};
    void *handle = NULL;
    for (size_t i = 0; i < sizeof names / sizeof names[0] && handle == NULL; i++) {
        handle = dlopen(names[i], RTLD_NOW | RTLD_LOCAL);
        if (handle == NULL && i == 0) {
            const char *why = dlerror();
            snprintf(failure, sizeof failure, "%s", why != NULL ? why : "libedit.so.2 not found");
        }
    }
    if (handle == NULL) return -1;
    if (find(handle, "el_init", (void **)&lib.el_init) != 0 || find(handle, "el_end", (void **)&lib.el_end) != 0
        || find(handle, "el_gets", (void **)&lib.el_gets) != 0 || find(handle, "el_line", (void **)&lib.el_line) != 0
        || find(handle, "el_set", (void **)&lib.el_set) != 0 || find(handle, "el_get", (void **)&lib.el_get) != 0
        || find(handle, "el_source", (void **)&lib.el_source) != 0
        || find(handle, "el_deletestr", (void **)&lib.el_deletestr) != 0
        || find(handle, "el_insertstr", (void **)&lib.el_insertstr) != 0
        || find(handle, "history_init", (void **)&lib.history_init) != 0
        || find(handle, "history_end", (void **)&lib.history_end) != 0
        || find(handle, "history", (void **)&lib.history) != 0) {
        dlclose(handle);
        return -1;
    }
    state = 1;
    return 0;
}

const char *tandem_editline_error(void) { return state < 0 ? failure : ""; }

FILE *tandem_stdin(void) { return stdin; }
FILE *tandem_stdout(void) { return stdout; }
FILE *tandem_stderr(void) { return stderr; }

EditLine *tandem_el_init(const char *program, FILE *in, FILE *out, FILE *err) {
    return lib.el_init(program, in, out, err);
}
void tandem_el_end(EditLine *el) { lib.el_end(el); }
const char *tandem_el_gets(EditLine *el, int *count) { return lib.el_gets(el, count); }
const LineInfo *tandem_el_line(EditLine *el) { return lib.el_line(el); }
int tandem_el_source(EditLine *el, const char *path) { return lib.el_source(el, path); }
void tandem_el_deletestr(EditLine *el, int count) { lib.el_deletestr(el, count); }
int tandem_el_insertstr(EditLine *el, const char *text) { return lib.el_insertstr(el, text); }

int tandem_el_prompt_esc(EditLine *el, tandem_prompt_fn fn, char marker) {
    return lib.el_set(el, EL_PROMPT_ESC, fn, marker);
}
int tandem_el_editor(EditLine *el, const char *mode) { return lib.el_set(el, EL_EDITOR, mode); }
int tandem_el_signal(EditLine *el, int on) { return lib.el_set(el, EL_SIGNAL, on); }
int tandem_el_history(EditLine *el, History *h) { return lib.el_set(el, EL_HIST, lib.history, h); }
int tandem_el_addfn(EditLine *el, const char *name, const char *help, tandem_command_fn fn) {
    return lib.el_set(el, EL_ADDFN, name, help, fn);
}
int tandem_el_bind(EditLine *el, const char *key, const char *name) {
    return lib.el_set(el, EL_BIND, key, name, NULL);
}
int tandem_el_set_clientdata(EditLine *el, void *data) { return lib.el_set(el, EL_CLIENTDATA, data); }
void *tandem_el_clientdata(EditLine *el) {
    void *data = NULL;
    lib.el_get(el, EL_CLIENTDATA, &data);
    return data;
}

History *tandem_history_init(void) { return lib.history_init(); }
void tandem_history_end(History *h) { lib.history_end(h); }
int tandem_history_setsize(History *h, int size) {
    HistEvent ev;
    return lib.history(h, &ev, H_SETSIZE, size);
}
int tandem_history_setunique(History *h, int on) {
    HistEvent ev;
    return lib.history(h, &ev, H_SETUNIQUE, on);
}
int tandem_history_enter(History *h, const char *line) {
    HistEvent ev;
    return lib.history(h, &ev, H_ENTER, line);
}
int tandem_history_load(History *h, const char *path) {
    HistEvent ev;
    return lib.history(h, &ev, H_LOAD, path);
}
int tandem_history_save(History *h, const char *path) {
    HistEvent ev;
    return lib.history(h, &ev, H_SAVE, path);
}

// Uses a real temporary file: this libedit refuses to save into a memory
// stream (it fchmods the stream).
int tandem_history_encode(const char *line, char **out, size_t *length) {
    *out = NULL;
    *length = 0;
    History *h = lib.history_init();
    if (h == NULL) return -1;
    HistEvent ev;
    lib.history(h, &ev, H_SETSIZE, 2);
    lib.history(h, &ev, H_ENTER, line);
    FILE *fp = tmpfile();
    if (fp == NULL) {
        lib.history_end(h);
        return -1;
    }
    int written = lib.history(h, &ev, H_SAVE_FP, fp);
    lib.history_end(h);
    long size = (written >= 0 && fflush(fp) == 0) ? ftell(fp) : -1;
    if (size <= 0 || fseek(fp, 0, SEEK_SET) != 0) {
        fclose(fp);
        return -1;
    }
    char *buffer = (char *)malloc((size_t)size);
    if (buffer == NULL) {
        fclose(fp);
        return -1;
    }
    size_t got = fread(buffer, 1, (size_t)size, fp);
    fclose(fp);
    if (got != (size_t)size) {
        free(buffer);
        return -1;
    }
    *out = buffer;
    *length = got;
    return written;
}

static volatile sig_atomic_t sigint_seen = 0;
static void on_sigint(int sig) {
    (void)sig;
    sigint_seen = 1;
}
int tandem_install_sigint(void) {
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_handler = on_sigint;
    sigemptyset(&sa.sa_mask);
    sa.sa_flags = 0;
    return sigaction(SIGINT, &sa, NULL);
}
int tandem_peek_sigint(void) { return sigint_seen; }
int tandem_take_sigint(void) {
    int seen = sigint_seen;
    sigint_seen = 0;
    return seen;
}
