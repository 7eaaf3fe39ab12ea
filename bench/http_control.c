/* The HTTP bench's control server (`python bench/http_load.py --control`).

   What it answers does not matter: it reads each request on keep-alive connections,
   spins a fixed number of integer multiply-adds (argv[3]) and sends a 3.3 KB JSON body,
   the size of an answer. Its CPU per request is set to match the workers' of
   `parentfaq serve` under wrk, and it is measured by the same procedure on the same
   cores in the same minutes: a p99 at 70% of saturation that holds here and not for the
   assistant is not the machine's loopback, scheduler or load generator.

   usage: http_control PORT WORKERS SPINS  (one process a worker, each with a listening
   socket of its own on PORT, as `parentfaq serve --workers N`). */
#define _GNU_SOURCE
#include <arpa/inet.h>
#include <errno.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <poll.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <signal.h>
#include <sys/epoll.h>
#include <sys/prctl.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <unistd.h>

#define BODY_BYTES 3300

typedef struct {
    int fd;
    int len;
    char buf[65536];
} connection;

static volatile unsigned long sink; /* keeps the spin from being optimised away */
static char response[BODY_BYTES + 256];
static int response_len;

static void spin(long n) {
    unsigned long x = 1;
    for (long i = 0; i < n; i++) x = x * 6364136223846793005UL + 1442695040888963407UL;
    sink = x;
}

static void send_all(int fd) {
    for (int sent = 0; sent < response_len;) {
        int n = write(fd, response + sent, response_len - sent);
        if (n > 0) {
            sent += n;
        } else if (n < 0 && errno == EAGAIN) {
            struct pollfd p = {.fd = fd, .events = POLLOUT};
            poll(&p, 1, 1000);
        } else {
            return;
        }
    }
}

/* Answers every whole request in the buffer; the rest waits for more bytes. */
static void answer(connection *c, long spins) {
    for (;;) {
        char *end = strstr(c->buf, "\r\n\r\n");
        if (!end) return;
        char *length = strcasestr(c->buf, "\r\ncontent-length:");
        int body = (length && length < end) ? atoi(length + 17) : 0;
        int total = (int)(end - c->buf) + 4 + body;
        if (c->len < total) return;
        spin(spins);
        send_all(c->fd);
        memmove(c->buf, c->buf + total, c->len - total);
        c->len -= total;
        c->buf[c->len] = 0;
    }
}

static void serve(int listener, long spins) {
    int ep = epoll_create1(0);
    struct epoll_event event = {.events = EPOLLIN, .data.ptr = NULL};
    epoll_ctl(ep, EPOLL_CTL_ADD, listener, &event);
    struct epoll_event ready[64];
    for (;;) {
        int n = epoll_wait(ep, ready, 64, -1);
        for (int i = 0; i < n; i++) {
            connection *c = ready[i].data.ptr;
            if (!c) { /* the listener: take every waiting connection */
                int fd, one = 1;
                while ((fd = accept4(listener, NULL, NULL, SOCK_NONBLOCK)) >= 0) {
                    setsockopt(fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
                    connection *added = calloc(1, sizeof *added);
                    added->fd = fd;
                    struct epoll_event e = {.events = EPOLLIN, .data.ptr = added};
                    epoll_ctl(ep, EPOLL_CTL_ADD, fd, &e);
                }
                continue;
            }
            int got = read(c->fd, c->buf + c->len, sizeof c->buf - c->len - 1);
            if (got < 0 && errno == EAGAIN) continue;
            if (got <= 0) {
                close(c->fd);
                free(c);
                continue;
            }
            c->len += got;
            c->buf[c->len] = 0;
            answer(c, spins);
        }
    }
}

int main(int argc, char **argv) {
    if (argc != 4) {
        fprintf(stderr, "usage: %s PORT WORKERS SPINS\n", argv[0]);
        return 2;
    }
    int port = atoi(argv[1]), workers = atoi(argv[2]);
    long spins = atol(argv[3]);
    char body[BODY_BYTES + 1];
    int head = snprintf(body, sizeof body, "{\"kind\": \"control\", \"text\": \"");
    memset(body + head, 'x', BODY_BYTES - head - 2);
    memcpy(body + BODY_BYTES - 2, "\"}", 3);
    response_len = snprintf(response, sizeof response,
                            "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n"
                            "Content-Length: %d\r\n\r\n%s",
                            BODY_BYTES, body);
    int listeners[64];
    for (int w = 0; w < workers && w < 64; w++) {
        int s = socket(AF_INET, SOCK_STREAM | SOCK_NONBLOCK, 0), one = 1;
        setsockopt(s, SOL_SOCKET, SO_REUSEPORT, &one, sizeof one);
        struct sockaddr_in address = {.sin_family = AF_INET, .sin_port = htons(port)};
        address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        if (bind(s, (struct sockaddr *)&address, sizeof address) || listen(s, 1024)) {
            perror("http_control");
            return 1;
        }
        listeners[w] = s;
    }
    for (int w = 0; w < workers && w < 64; w++) {
        if (fork() == 0) {
            prctl(PR_SET_PDEATHSIG, SIGTERM); /* stopping the server stops its workers */
            serve(listeners[w], spins);
            return 0;
        }
    }
    while (wait(NULL) > 0) {
    }
    return 0;
}
