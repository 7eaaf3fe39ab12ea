/* The per-question scoring loops of `assistant.retrieve`, in C.
 *
 * Each function does in one call what took dozens of small numpy calls, whose
 * fixed cost (a few microseconds each) set the latency of a question at a few
 * thousand entries. The arrays are those of `assistant.index.SparseField`:
 *
 *   term-major field: (idf float32, indptr int64, indices int32, data float32)
 *   row-major field:  (idf float32, row_indptr int64, row_terms int32, row_data float32)
 *
 * A row-major field's term ids may be uint16 instead (a vocabulary of at most 65,536
 * terms): half the bytes of the largest arrays a question reads. Its weights may be
 * given coded, as (idf, row_indptr, row_postings, tf float32[256], row_norms float64):
 * each posting (uint16 or uint32) holds its term id in its low `shift` bits and its
 * count above them, where shift is the bits the largest term id needs (at least 1),
 * and each weight is (float)((double)(tf[count] * idf[term]) / row_norm), the very
 * float32 scikit-learn's l2 normalisation stores (the build checks every one): the
 * weight costs no byte of its own, where a count a posting would cost one more.
 *
 * A query is given as raw term ids, repeats included; it is weighed here as
 * scikit-learn's TfidfVectorizer(sublinear_tf=True) weighs a text: (1 + ln tf) * idf,
 * l2-normalised. Callers pass per-thread scratch buffers (float32, zero on entry,
 * left zero on return), so nothing here allocates in proportion to the collection.
 */
#define PY_SSIZE_T_CLEAN
#include <Python.h>
#include <math.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

/* ---------------------------------------------------------------- arrays */

typedef struct {
    Py_buffer idf, pointers, terms, values; /* see the field layouts above */
    Py_buffer tf, norms;                    /* a coded field's (no values: see above) */
    int filled;
    int narrow;    /* the term ids are uint16 (a row-major field only) */
    int coded;     /* the terms hold counts too, weighed by tf, idf and norms */
    int shift;     /* a coded field's: the bits of a posting that hold its term id */
    uint32_t mask; /* the term id's bits of a posting (all of them unless coded) */
} Field;

/* A 1-d contiguous buffer of items of `itemsize` bytes: 'f' float, 'i' integer. */
static int get_array(PyObject *obj, Py_buffer *view, char kind, Py_ssize_t itemsize,
                     int writable, const char *name)
{
    int flags = PyBUF_C_CONTIGUOUS | PyBUF_FORMAT | (writable ? PyBUF_WRITABLE : 0);
    if (PyObject_GetBuffer(obj, view, flags) < 0)
        return -1;
    const char *format = view->format ? view->format : "B";
    if (*format == '<' || *format == '=' || *format == '@')
        format++;
    int is_float = *format == 'f' || *format == 'd';
    if (view->ndim != 1 || view->itemsize != itemsize || is_float != (kind == 'f')) {
        PyErr_Format(PyExc_TypeError, "%s: expected a 1-d array of %zd-byte %s", name,
                     itemsize, kind == 'f' ? "floats" : "integers");
        PyBuffer_Release(view);
        return -1;
    }
    return 0;
}

static void release_field(Field *field)
{
    if (!field->filled)
        return;
    PyBuffer_Release(&field->idf);
    PyBuffer_Release(&field->pointers);
    PyBuffer_Release(&field->terms);
    if (field->coded) {
        PyBuffer_Release(&field->tf);
        PyBuffer_Release(&field->norms);
    } else {
        PyBuffer_Release(&field->values);
    }
    field->filled = 0;
}

/* A field's ids: 4-byte integers, or uint16 (a row-major field's narrow term ids). */
static int get_terms(PyObject *obj, Py_buffer *view)
{
    if (PyObject_GetBuffer(obj, view, PyBUF_C_CONTIGUOUS | PyBUF_FORMAT) < 0)
        return -1;
    const char *format = view->format ? view->format : "B";
    if (*format == '<' || *format == '=' || *format == '@')
        format++;
    int wide = view->itemsize == 4 && *format != 'f';
    if (view->ndim != 1 || !(wide || (view->itemsize == 2 && *format == 'H'))) {
        PyErr_SetString(PyExc_TypeError,
                        "terms: expected a 1-d array of 4-byte integers or of uint16");
        PyBuffer_Release(view);
        return -1;
    }
    return 0;
}

/* A row-major field whose postings hold their counts (see the top of this file). */
static int get_coded_field(Field *field, PyObject *idf, PyObject *pointers, PyObject *postings,
                           PyObject *tf, PyObject *norms)
{
    Py_buffer *views[] = {&field->idf, &field->pointers, &field->terms, &field->tf,
                          &field->norms};
    int got = 0;
    if (get_array(idf, &field->idf, 'f', 4, 0, "idf") == 0 && ++got &&
        get_array(pointers, &field->pointers, 'i', 8, 0, "pointers") == 0 && ++got &&
        get_terms(postings, &field->terms) == 0 && ++got &&
        get_array(tf, &field->tf, 'f', 4, 0, "tf") == 0 && ++got &&
        get_array(norms, &field->norms, 'f', 8, 0, "norms") == 0 && ++got) {
        field->narrow = field->terms.itemsize == 2;
        field->coded = field->filled = 1;
        Py_ssize_t largest = field->idf.len / 4 - 1; /* the largest term id */
        field->shift = 1;
        while (field->shift < 31 && (largest >> field->shift) > 0)
            field->shift++;
        field->mask = ((uint32_t)1 << field->shift) - 1;
        if (field->tf.len != 256 * 4 || field->norms.len / 8 != field->pointers.len / 8 - 1) {
            PyErr_SetString(PyExc_ValueError, "field: its coded arrays do not fit");
            release_field(field);
            return -1;
        }
        return 0;
    }
    for (int i = 0; i < got; i++)
        PyBuffer_Release(views[i]);
    return -1;
}

static int get_field(PyObject *arrays, Field *field)
{
    PyObject *idf, *pointers, *terms, *values, *norms = NULL;
    field->filled = 0;
    field->coded = 0;
    field->shift = 0;
    field->mask = 0xFFFFFFFFu;
    field->values.buf = NULL; /* a coded field has none */
    if (!PyTuple_Check(arrays) || (PyTuple_GET_SIZE(arrays) != 4 && PyTuple_GET_SIZE(arrays) != 5)) {
        PyErr_SetString(PyExc_TypeError, "field: expected (idf, pointers, terms, values) or "
                                         "(idf, pointers, postings, tf, norms)");
        return -1;
    }
    if (!PyArg_ParseTuple(arrays, "OOOO|O:field", &idf, &pointers, &terms, &values, &norms))
        return -1;
    if (norms != NULL) /* `values` is the coded field's tf */
        return get_coded_field(field, idf, pointers, terms, values, norms);
    if (get_array(idf, &field->idf, 'f', 4, 0, "idf") < 0)
        return -1;
    if (get_array(pointers, &field->pointers, 'i', 8, 0, "pointers") < 0) {
        PyBuffer_Release(&field->idf);
        return -1;
    }
    if (get_terms(terms, &field->terms) < 0) {
        PyBuffer_Release(&field->idf);
        PyBuffer_Release(&field->pointers);
        return -1;
    }
    field->narrow = field->terms.itemsize == 2;
    if (get_array(values, &field->values, 'f', 4, 0, "values") < 0) {
        PyBuffer_Release(&field->idf);
        PyBuffer_Release(&field->pointers);
        PyBuffer_Release(&field->terms);
        return -1;
    }
    field->filled = 1;
    if (field->terms.len / field->terms.itemsize != field->values.len / 4) {
        PyErr_SetString(PyExc_ValueError, "field: terms and values differ in length");
        release_field(field);
        return -1;
    }
    return 0;
}

#define IDF(f) ((const float *)(f)->idf.buf)
#define POINTERS(f) ((const int64_t *)(f)->pointers.buf)
#define TERMS(f) ((const int32_t *)(f)->terms.buf)
#define NARROW_TERMS(f) ((const uint16_t *)(f)->terms.buf)
#define POSTING_AT(f, p) ((f)->narrow ? (uint32_t)NARROW_TERMS(f)[p] : (uint32_t)TERMS(f)[p])
#define TERM_AT(f, p) ((int32_t)(POSTING_AT(f, p) & (f)->mask))
#define VALUES(f) ((const float *)(f)->values.buf)
#define N_TERMS(f) ((f)->idf.len / 4)
#define N_LISTS(f) ((f)->pointers.len / 8 - 1) /* rows (row-major) or terms (term-major) */

/* ----------------------------------------------------------------- query */

typedef struct {
    Py_ssize_t n;
    int32_t *ids;   /* distinct term ids */
    float *weights; /* their l2-normalised weights, also left in lookup[id] */
} Query;

static void query_clear(Query *query, float *lookup)
{
    for (Py_ssize_t j = 0; j < query->n; j++)
        lookup[query->ids[j]] = 0.0f;
    free(query->ids);
    free(query->weights);
    query->ids = NULL;
    query->weights = NULL;
    query->n = 0;
}

/* Count `raw` ids in `lookup`, then replace each count by the term's weight. */
static int query_build(PyObject *raw, const Field *field, float *lookup, Py_ssize_t lookup_size,
                       Query *query)
{
    query->n = 0;
    query->ids = NULL;
    query->weights = NULL;
    PyObject *seq = PySequence_Fast(raw, "term ids must be a sequence");
    if (!seq)
        return -1;
    Py_ssize_t n = PySequence_Fast_GET_SIZE(seq);
    Py_ssize_t vocabulary = N_TERMS(field);
    query->ids = malloc(sizeof(int32_t) * (n ? n : 1));
    query->weights = malloc(sizeof(float) * (n ? n : 1));
    if (!query->ids || !query->weights) {
        Py_DECREF(seq);
        query_clear(query, lookup);
        PyErr_NoMemory();
        return -1;
    }
    PyObject **items = PySequence_Fast_ITEMS(seq);
    for (Py_ssize_t i = 0; i < n; i++) {
        long id = PyLong_AsLong(items[i]);
        if (id < 0 || id >= vocabulary || id >= lookup_size) {
            Py_DECREF(seq);
            query_clear(query, lookup);
            if (!PyErr_Occurred())
                PyErr_Format(PyExc_IndexError, "term id %ld is not in the field", id);
            return -1;
        }
        if (lookup[id] == 0.0f)
            query->ids[query->n++] = (int32_t)id;
        lookup[id] += 1.0f;
    }
    Py_DECREF(seq);
    const float *idf = IDF(field);
    double norm = 0.0;
    for (Py_ssize_t j = 0; j < query->n; j++) {
        int32_t id = query->ids[j];
        float weight = (1.0f + logf(lookup[id])) * idf[id];
        query->weights[j] = weight;
        norm += (double)weight * weight;
    }
    float scale = norm > 0.0 ? (float)(1.0 / sqrt(norm)) : 0.0f;
    for (Py_ssize_t j = 0; j < query->n; j++) {
        query->weights[j] *= scale;
        lookup[query->ids[j]] = query->weights[j];
    }
    return 0;
}

/* Cosine of one row of a row-major field with the query held in `lookup`. */
static float row_dot(const Field *field, Py_ssize_t row, const float *lookup)
{
    const int64_t *pointers = POINTERS(field);
    const float *values = VALUES(field);
    float total = 0.0f;
    if (field->coded) {
        const float *tf = field->tf.buf, *idf = IDF(field);
        double norm = ((const double *)field->norms.buf)[row];
        int shift = field->shift;
        uint32_t mask = field->mask;
        for (int64_t p = pointers[row]; p < pointers[row + 1]; p++) {
            uint32_t posting = POSTING_AT(field, p);
            uint32_t term = posting & mask;
            float weight = (float)((double)(tf[posting >> shift] * idf[term]) / norm);
            total += weight * lookup[term];
        }
    } else if (field->narrow) {
        const uint16_t *terms = NARROW_TERMS(field);
        for (int64_t p = pointers[row]; p < pointers[row + 1]; p++)
            total += values[p] * lookup[terms[p]];
    } else {
        const int32_t *terms = TERMS(field);
        for (int64_t p = pointers[row]; p < pointers[row + 1]; p++)
            total += values[p] * lookup[terms[p]];
    }
    return total;
}

/* The pool's rows lie scattered over a field and, between questions, out of the
 * cache: each loop over them asks for the rows AHEAD places on while it scores one. */
#define AHEAD 2
#if !defined(__GNUC__)
#define __builtin_prefetch(address) ((void)(address)) /* a hint only: none is fine */
#endif

static void prefetch_rows(const Field *field, int64_t first, int64_t last)
{
    const int64_t *pointers = POINTERS(field);
    const char *terms = field->terms.buf, *values = field->values.buf;
    for (int64_t p = pointers[first]; p < pointers[last]; p += 16) { /* 64-byte lines */
        __builtin_prefetch(terms + p * field->terms.itemsize);
        if (!field->coded) /* a coded field's weights are in its postings */
            __builtin_prefetch(values + p * field->values.itemsize);
    }
}

/* ------------------------------------------------------------ best of many */

/* A scored row; rows are distinct, so "better" orders any two. */
typedef struct {
    float score;
    int32_t row;
} Scored;

/* Higher score first, lower row on ties; without branches (see select_best). */
static int better(const Scored *a, const Scored *b)
{
    return (a->score > b->score) | ((a->score == b->score) & (a->row < b->row));
}

static int compare_scored(const void *a, const void *b)
{
    return better(a, b) ? -1 : better(b, a) ? 1 : 0;
}

/* Move the k best of `items` to its front, best first; returns how many (k or fewer).
 * A quickselect whose partition moves every item whether or not it goes left, then a
 * sort of the k: comparisons with the pivot go either way at random, and a branch on
 * each (a heap's sift-down, Hoare's scans) costs more in mispredictions than the
 * postings cost to sum. */
static Py_ssize_t select_best(Scored *items, Py_ssize_t n, Py_ssize_t k)
{
    k = k < n ? k : n;
    Py_ssize_t low = 0, high = n; /* the k-th best is in items[low, high) */
    while (k > 0 && high - low > 1) {
        Py_ssize_t middle = low + (high - low) / 2;
        Scored pivot = items[middle];
        items[middle] = items[high - 1];
        Py_ssize_t left = low; /* items[low, left) are better than the pivot */
        for (Py_ssize_t i = low; i < high - 1; i++) {
            Scored item = items[i];
            items[i] = items[left];
            items[left] = item;
            left += better(&item, &pivot);
        }
        items[high - 1] = items[left];
        items[left] = pivot; /* in its sorted place */
        if (left == k - 1 || left == k)
            break;
        if (left > k)
            high = left;
        else
            low = left + 1;
    }
    qsort(items, (size_t)k, sizeof(Scored), compare_scored);
    return k;
}

/* ([rows], [scores]) of the first n items. */
static PyObject *scored_lists(const Scored *items, Py_ssize_t n)
{
    PyObject *rows = PyList_New(n), *scores = PyList_New(n);
    for (Py_ssize_t i = 0; rows && scores && i < n; i++) {
        PyObject *row = PyLong_FromLong(items[i].row), *score = PyFloat_FromDouble(items[i].score);
        if (!row || !score) {
            Py_XDECREF(row);
            Py_XDECREF(score);
            Py_CLEAR(rows);
            break;
        }
        PyList_SET_ITEM(rows, i, row);
        PyList_SET_ITEM(scores, i, score);
    }
    if (!rows || !scores) {
        Py_XDECREF(rows);
        Py_XDECREF(scores);
        return NULL;
    }
    return Py_BuildValue("(NN)", rows, scores);
}

/* ------------------------------------------------------------- functions */

PyDoc_STRVAR(top_postings_doc,
"top_postings(field, raw_ids, k, scores, lookup) -> (rows, scores)\n\n"
"The k rows of a term-major field with the highest positive cosine to the query,\n"
"best first (lower row first on ties), touching only the query terms' postings.\n"
"`scores` (one float32 per row) and `lookup` (one per term) are zero scratch buffers.");

static PyObject *top_postings(PyObject *self, PyObject *args)
{
    PyObject *arrays, *raw, *scores_obj, *lookup_obj;
    Py_ssize_t k;
    if (!PyArg_ParseTuple(args, "OOnOO:top_postings", &arrays, &raw, &k, &scores_obj,
                          &lookup_obj))
        return NULL;
    Field field;
    Py_buffer scores_view, lookup_view;
    if (get_field(arrays, &field) < 0)
        return NULL;
    if (get_array(scores_obj, &scores_view, 'f', 4, 1, "scores") < 0) {
        release_field(&field);
        return NULL;
    }
    if (get_array(lookup_obj, &lookup_view, 'f', 4, 1, "lookup") < 0) {
        release_field(&field);
        PyBuffer_Release(&scores_view);
        return NULL;
    }
    PyObject *result = NULL;
    float *scores = scores_view.buf, *lookup = lookup_view.buf;
    Py_ssize_t n_rows = scores_view.len / 4;
    Query query = {0, NULL, NULL};
    int32_t *touched = NULL;
    Scored *best = NULL;
    if (field.narrow || field.coded) { /* term-major: 4-byte rows, float32 weights */
        PyErr_SetString(PyExc_TypeError, "top_postings: expected 4-byte row ids and float weights");
        goto done;
    }
    if (query_build(raw, &field, lookup, lookup_view.len / 4, &query) < 0)
        goto done;
    const int64_t *pointers = POINTERS(&field);
    const int32_t *rows = TERMS(&field);
    const float *values = VALUES(&field);
    int64_t total = 0;
    for (Py_ssize_t j = 0; j < query.n; j++)
        total += pointers[query.ids[j] + 1] - pointers[query.ids[j]];
    /* At most `most` rows are touched; `best` holds more than `keep` of them, or all. */
    Py_ssize_t most = (Py_ssize_t)(total < n_rows ? total : n_rows);
    Py_ssize_t keep = k > 0 ? (k < most ? k : most) : 0;
    Py_ssize_t room = (4 * keep < most ? 4 * keep : most) + 1;
    touched = malloc(sizeof(int32_t) * (size_t)(total + 1)); /* a row a posting, at most */
    best = malloc(sizeof(Scored) * (size_t)room);
    if (!touched || !best) {
        PyErr_NoMemory();
        goto clear;
    }
    Py_ssize_t n_touched = 0, n_best = 0;
    for (Py_ssize_t j = 0; j < query.n; j++) {
        float weight = query.weights[j];
        for (int64_t p = pointers[query.ids[j]]; p < pointers[query.ids[j] + 1]; p++) {
            int32_t row = rows[p];
            if (row < 0 || row >= n_rows) {
                PyErr_SetString(PyExc_IndexError, "top_postings: a posting is past the scores");
                goto reset;
            }
            /* written always, counted when new: no branch to mispredict */
            touched[n_touched] = row;
            n_touched += scores[row] == 0.0f;
            scores[row] += weight * values[p];
        }
    }
    /* The rows that beat the k-th best so far collect in `best`; when it is full, its
     * k best are kept. Few rows beat it once it has risen, so this costs about one
     * comparison a row, without a branch. */
    Scored floor = {0.0f, -1}; /* any positive score beats it */
    for (Py_ssize_t i = 0; keep > 0 && i < n_touched; i++) {
        Scored item = {scores[touched[i]], touched[i]};
        best[n_best] = item;
        n_best += better(&item, &floor);
        if (n_best == room) {
            n_best = select_best(best, n_best, keep);
            floor = best[keep - 1];
        }
    }
    result = scored_lists(best, select_best(best, n_best, keep));
reset:
    for (Py_ssize_t i = 0; i < n_touched; i++)
        scores[touched[i]] = 0.0f;
clear:
    query_clear(&query, lookup);
done:
    free(touched);
    free(best);
    release_field(&field);
    PyBuffer_Release(&scores_view);
    PyBuffer_Release(&lookup_view);
    return result;
}

/* ------------------------------------------------------- token set ratio */

/* rapidfuzz's fuzz.token_set_ratio, for the ASCII texts the normaliser makes (words
 * of [a-z0-9] joined by spaces): in C, it costs a tenth of a call into rapidfuzz,
 * whose per-pair set-up dominated a question. */

typedef struct {
    const char *text;
    Py_ssize_t length;
} Token;

static int token_cmp(const void *x, const void *y)
{
    const Token *a = x, *b = y;
    Py_ssize_t n = a->length < b->length ? a->length : b->length;
    for (Py_ssize_t i = 0; i < n; i++)
        if (a->text[i] != b->text[i])
            return (unsigned char)a->text[i] < (unsigned char)b->text[i] ? -1 : 1;
    return (a->length > b->length) - (a->length < b->length);
}

/* Questions and phrasings have a few words: insertion sort beats qsort's calls. */
static void sort_tokens(Token *tokens, Py_ssize_t n)
{
    if (n > 32) {
        qsort(tokens, (size_t)n, sizeof(Token), token_cmp);
        return;
    }
    for (Py_ssize_t i = 1; i < n; i++) {
        Token t = tokens[i];
        Py_ssize_t j = i;
        for (; j > 0 && token_cmp(&tokens[j - 1], &t) > 0; j--)
            tokens[j] = tokens[j - 1];
        tokens[j] = t;
    }
}

static int is_space(char c)
{
    /* str.split()'s whitespace among ASCII characters */
    return c == ' ' || (c >= '\t' && c <= '\r') || (c >= '\x1c' && c <= '\x1f');
}

/* The distinct whitespace-separated tokens of `text`, sorted; `out` holds n/2+1. */
static Py_ssize_t split_sorted(const char *text, Py_ssize_t n, Token *out)
{
    Py_ssize_t count = 0, i = 0;
    while (i < n) {
        while (i < n && is_space(text[i]))
            i++;
        Py_ssize_t start = i;
        while (i < n && !is_space(text[i]))
            i++;
        if (i > start)
            out[count++] = (Token){text + start, i - start};
    }
    sort_tokens(out, count);
    Py_ssize_t unique = 0;
    for (Py_ssize_t j = 0; j < count; j++)
        if (unique == 0 || token_cmp(&out[unique - 1], &out[j]) != 0)
            out[unique++] = out[j];
    return unique;
}

/* The tokens joined by single spaces into `out`; returns the length. */
static Py_ssize_t join_tokens(const Token *tokens, Py_ssize_t n, char *out)
{
    Py_ssize_t at = 0;
    for (Py_ssize_t j = 0; j < n; j++) {
        if (j)
            out[at++] = ' ';
        memcpy(out + at, tokens[j].text, (size_t)tokens[j].length);
        at += tokens[j].length;
    }
    return at;
}

/* Length of the longest common subsequence, bit-parallel (Hyyro), as rapidfuzz does;
 * `masks` holds 256 * ceil(min length / 64) zeroed words and is left zeroed. */
static Py_ssize_t lcs_length(const char *a, Py_ssize_t la, const char *b, Py_ssize_t lb,
                             uint64_t *masks, uint64_t *S)
{
    if (la > lb) {
        const char *t = a;
        a = b;
        b = t;
        Py_ssize_t n = la;
        la = lb;
        lb = n;
    }
    if (la == 0)
        return 0;
    Py_ssize_t blocks = (la + 63) / 64;
    for (Py_ssize_t i = 0; i < la; i++)
        masks[(unsigned char)a[i] * blocks + i / 64] |= UINT64_C(1) << (i % 64);
    for (Py_ssize_t w = 0; w < blocks; w++)
        S[w] = ~UINT64_C(0);
    for (Py_ssize_t j = 0; j < lb; j++) {
        const uint64_t *match = masks + (unsigned char)b[j] * blocks;
        uint64_t carry = 0;
        for (Py_ssize_t w = 0; w < blocks; w++) {
            uint64_t u = S[w] & match[w];
            uint64_t sum = S[w] + u;
            uint64_t x = sum + carry;
            carry = (sum < S[w]) | (x < sum);
            S[w] = x | (S[w] - u);
        }
    }
    Py_ssize_t common = 0;
    for (Py_ssize_t w = 0; w < blocks; w++)
        common += __builtin_popcountll(~S[w]);
    for (Py_ssize_t i = 0; i < la; i++)
        masks[(unsigned char)a[i] * blocks + i / 64] = 0;
    return common;
}

typedef struct {
    Token *ab, *ba;  /* tokens only in a, only in b */
    char *joined_ab, *joined_ba;
    uint64_t *masks, *S;
} RatioScratch;

/* token_set_ratio / 100 of two sorted distinct token lists. */
static double token_set(const Token *a, Py_ssize_t na, const Token *b, Py_ssize_t nb,
                        RatioScratch *scratch)
{
    if (na == 0 || nb == 0)
        return 0.0;
    Py_ssize_t i = 0, j = 0, n_ab = 0, n_ba = 0, n_sect = 0, sect_chars = 0;
    while (i < na || j < nb) {
        int c = i == na ? 1 : j == nb ? -1 : token_cmp(&a[i], &b[j]);
        if (c == 0) {
            n_sect++;
            sect_chars += a[i].length;
            i++;
            j++;
        } else if (c < 0) {
            scratch->ab[n_ab++] = a[i++];
        } else {
            scratch->ba[n_ba++] = b[j++];
        }
    }
    if (n_sect && (!n_ab || !n_ba))
        return 1.0; /* one is part of the other */
    Py_ssize_t ab_len = join_tokens(scratch->ab, n_ab, scratch->joined_ab);
    Py_ssize_t ba_len = join_tokens(scratch->ba, n_ba, scratch->joined_ba);
    Py_ssize_t sect_len = n_sect ? sect_chars + n_sect - 1 : 0;
    Py_ssize_t sect_ab_len = sect_len + (sect_len != 0) + ab_len;
    Py_ssize_t sect_ba_len = sect_len + (sect_len != 0) + ba_len;
    Py_ssize_t lensum = sect_ab_len + sect_ba_len;
    Py_ssize_t common = lcs_length(scratch->joined_ab, ab_len, scratch->joined_ba, ba_len,
                                   scratch->masks, scratch->S);
    Py_ssize_t dist = ab_len + ba_len - 2 * common;
    double result = lensum ? 100.0 - 100.0 * dist / lensum : 100.0;
    if (sect_len) {
        double sect_ab = 100.0 - 100.0 * (1 + ab_len) / (sect_len + sect_ab_len);
        double sect_ba = 100.0 - 100.0 * (1 + ba_len) / (sect_len + sect_ba_len);
        result = result > sect_ab ? result : sect_ab;
        result = result > sect_ba ? result : sect_ba;
    }
    return result / 100.0;
}

typedef struct {
    Token *query, *text;
    Py_ssize_t n_query, longest;
    RatioScratch scratch;
} Ratios;

static void ratios_close(Ratios *r)
{
    free(r->query);
    free(r->text);
    free(r->scratch.ab);
    free(r->scratch.ba);
    free(r->scratch.joined_ab);
    free(r->scratch.joined_ba);
    free(r->scratch.masks);
    free(r->scratch.S);
}

/* Ready to compare `query` with texts of at most `longest` characters. */
static int ratios_open(Ratios *r, const char *query, Py_ssize_t query_length, Py_ssize_t longest)
{
    longest = longest > query_length ? longest : query_length;
    size_t tokens = (size_t)(longest / 2 + 2), blocks = (size_t)(longest / 64 + 1);
    r->longest = longest;
    r->query = malloc(tokens * sizeof(Token));
    r->text = malloc(tokens * sizeof(Token));
    r->scratch = (RatioScratch){malloc(tokens * sizeof(Token)), malloc(tokens * sizeof(Token)),
                                malloc((size_t)longest + 1), malloc((size_t)longest + 1),
                                calloc(256 * blocks, sizeof(uint64_t)),
                                malloc(blocks * sizeof(uint64_t))};
    if (!r->query || !r->text || !r->scratch.ab || !r->scratch.ba || !r->scratch.joined_ab ||
        !r->scratch.joined_ba || !r->scratch.masks || !r->scratch.S) {
        ratios_close(r);
        PyErr_NoMemory();
        return -1;
    }
    r->n_query = split_sorted(query, query_length, r->query);
    return 0;
}

/* token_set_ratio / 100 of the query and `text` (at most `longest` characters). */
static double ratios_of(Ratios *r, const char *text, Py_ssize_t length)
{
    Py_ssize_t n_text = split_sorted(text, length, r->text);
    return token_set(r->query, r->n_query, r->text, n_text, &r->scratch);
}

static const char *ascii_text(PyObject *text, Py_ssize_t *length)
{
    if (!PyUnicode_Check(text) || !PyUnicode_IS_ASCII(text)) {
        PyErr_SetString(PyExc_ValueError, "texts must be ASCII str");
        return NULL;
    }
    *length = PyUnicode_GET_LENGTH(text);
    return (const char *)PyUnicode_DATA(text);
}

/* The rows' texts: a sequence of ASCII str, or packed as (blob, offsets), the UTF-8
 * bytes of every row one after another and the int64 offsets of each row's start
 * (one more than the rows): no str object a row. */
typedef struct {
    PyObject *sequence;
    Py_buffer blob, offsets;
    int packed;
    Py_ssize_t n;
} Texts;

static int texts_open(PyObject *obj, Texts *texts)
{
    texts->sequence = NULL;
    texts->packed = PyTuple_Check(obj) && PyTuple_GET_SIZE(obj) == 2 &&
                    !PyUnicode_Check(PyTuple_GET_ITEM(obj, 0));
    if (!texts->packed) {
        texts->sequence = PySequence_Fast(obj, "row_texts must be a sequence");
        if (!texts->sequence)
            return -1;
        texts->n = PySequence_Fast_GET_SIZE(texts->sequence);
        return 0;
    }
    if (PyObject_GetBuffer(PyTuple_GET_ITEM(obj, 0), &texts->blob, PyBUF_SIMPLE) < 0)
        return -1;
    if (get_array(PyTuple_GET_ITEM(obj, 1), &texts->offsets, 'i', 8, 0, "offsets") < 0) {
        PyBuffer_Release(&texts->blob);
        return -1;
    }
    texts->n = texts->offsets.len / 8 - 1;
    const int64_t *at = texts->offsets.buf;
    if (texts->n < 0 || at[0] != 0 || at[texts->n] != texts->blob.len) {
        PyErr_SetString(PyExc_ValueError, "row_texts: the offsets do not fit the blob");
        PyBuffer_Release(&texts->blob);
        PyBuffer_Release(&texts->offsets);
        return -1;
    }
    return 0;
}

/* Row `row`'s text (ASCII; ValueError otherwise), `row` below texts->n. */
static const char *texts_get(const Texts *texts, Py_ssize_t row, Py_ssize_t *length)
{
    if (!texts->packed)
        return ascii_text(PySequence_Fast_GET_ITEM(texts->sequence, row), length);
    const int64_t *at = texts->offsets.buf;
    if (at[row] < 0 || at[row + 1] < at[row] || at[row + 1] > texts->blob.len) {
        PyErr_SetString(PyExc_ValueError, "row_texts: the offsets do not fit the blob");
        return NULL;
    }
    const unsigned char *text = (const unsigned char *)texts->blob.buf + at[row];
    *length = (Py_ssize_t)(at[row + 1] - at[row]);
    for (Py_ssize_t i = 0; i < *length; i++)
        if (text[i] >= 128) {
            PyErr_SetString(PyExc_ValueError, "texts must be ASCII str");
            return NULL;
        }
    return (const char *)text;
}

static void texts_close(Texts *texts)
{
    if (texts->packed) {
        PyBuffer_Release(&texts->blob);
        PyBuffer_Release(&texts->offsets);
    } else {
        Py_XDECREF(texts->sequence);
    }
}

PyDoc_STRVAR(token_set_ratios_doc,
"token_set_ratios(query, texts) -> [ratio of each text]\n\n"
"rapidfuzz.fuzz.token_set_ratio(query, text) / 100 for each of `texts` (ASCII str).");

static PyObject *token_set_ratios(PyObject *self, PyObject *args)
{
    PyObject *query_obj, *texts_obj;
    if (!PyArg_ParseTuple(args, "UO:token_set_ratios", &query_obj, &texts_obj))
        return NULL;
    Py_ssize_t query_length;
    const char *query = ascii_text(query_obj, &query_length);
    PyObject *texts = query ? PySequence_Fast(texts_obj, "texts must be a sequence") : NULL;
    if (!texts)
        return NULL;
    Py_ssize_t n = PySequence_Fast_GET_SIZE(texts), longest = 0, length;
    for (Py_ssize_t t = 0; t < n; t++) {
        if (!ascii_text(PySequence_Fast_GET_ITEM(texts, t), &length)) {
            Py_DECREF(texts);
            return NULL;
        }
        longest = length > longest ? length : longest;
    }
    Ratios ratios;
    PyObject *result = NULL;
    if (ratios_open(&ratios, query, query_length, longest) == 0) {
        result = PyList_New(n);
        for (Py_ssize_t t = 0; result && t < n; t++) {
            const char *text = ascii_text(PySequence_Fast_GET_ITEM(texts, t), &length);
            PyObject *ratio = PyFloat_FromDouble(ratios_of(&ratios, text, length));
            if (!ratio)
                Py_CLEAR(result);
            else
                PyList_SET_ITEM(result, t, ratio);
        }
        ratios_close(&ratios);
    }
    Py_DECREF(texts);
    return result;
}

/* Each value divided by the largest (left as it is when none is positive). */
static void scale_by_best(double *values, Py_ssize_t n, double weight)
{
    double best = 0.0;
    for (Py_ssize_t i = 0; i < n; i++)
        best = values[i] > best ? values[i] : best;
    double scale = best > 0.0 ? weight / best : weight;
    for (Py_ssize_t i = 0; i < n; i++)
        values[i] *= scale;
}

typedef struct {
    Py_ssize_t n, per_doc;
    long *docs;
    double *doc_words, *body_words, *chars, *words_part;
    double *scaled; /* one signal at a time, divided by its best and weighted */
    int32_t *closest; /* per_doc rows of each doc, best first */
    Py_ssize_t *n_closest;
} Pool;

static void pool_free(Pool *pool)
{
    free(pool->docs);
    free(pool->doc_words);
    free(pool->body_words);
    free(pool->chars);
    free(pool->words_part);
    free(pool->scaled);
    free(pool->closest);
    free(pool->n_closest);
}

static int pool_alloc(Pool *pool, Py_ssize_t n, Py_ssize_t per_doc)
{
    size_t m = (size_t)(n ? n : 1);
    pool->n = n;
    pool->per_doc = per_doc;
    pool->docs = malloc(m * sizeof(long));
    pool->doc_words = malloc(m * sizeof(double));
    pool->body_words = malloc(m * sizeof(double));
    pool->chars = malloc(m * sizeof(double));
    pool->words_part = malloc(m * sizeof(double));
    pool->scaled = malloc(m * sizeof(double));
    pool->closest = malloc(m * per_doc * sizeof(int32_t));
    pool->n_closest = malloc(m * sizeof(Py_ssize_t));
    if (!pool->docs || !pool->doc_words || !pool->body_words || !pool->chars ||
        !pool->words_part || !pool->scaled || !pool->closest || !pool->n_closest) {
        PyErr_NoMemory();
        return -1;
    }
    return 0;
}

/* The pool's docs and their whole-doc word scores, checked against the fields. */
static int pool_read(Pool *pool, PyObject *docs, PyObject *doc_words, Py_ssize_t n_docs,
                     Py_ssize_t n_body_rows)
{
    for (Py_ssize_t i = 0; i < pool->n; i++) {
        long doc = PyLong_AsLong(PySequence_Fast_GET_ITEM(docs, i));
        double words = PyFloat_AsDouble(PySequence_Fast_GET_ITEM(doc_words, i));
        if (PyErr_Occurred())
            return -1;
        if (doc < 0 || doc >= n_docs || doc >= n_body_rows) {
            PyErr_Format(PyExc_IndexError, "rank_pool: doc %ld is not in the fields", doc);
            return -1;
        }
        pool->docs[i] = doc;
        pool->doc_words[i] = words;
    }
    return 0;
}

/* Offer (score, row) to the `k` best kept best first in scores/rows. Rows come in
 * increasing order, so on equal scores the earlier row stays ahead (as in
 * select_best). For the few closest rows of a doc this beats a selection. */
static void top_few_offer(float *scores, int32_t *rows, Py_ssize_t *count, Py_ssize_t k,
                          float score, int32_t row)
{
    Py_ssize_t at = *count;
    while (at > 0 && scores[at - 1] < score)
        at--;
    if (at >= k)
        return;
    for (Py_ssize_t i = *count < k ? *count : k - 1; i > at; i--) {
        scores[i] = scores[i - 1];
        rows[i] = rows[i - 1];
    }
    scores[at] = score;
    rows[at] = row;
    if (*count < k)
        (*count)++;
}

/* The best character score of each doc's rows, and its per_doc best rows. */
static int pool_chars(Pool *pool, const Field *chars, const int64_t *starts, const int64_t *stops,
                      const float *lookup)
{
    Py_ssize_t n_rows = N_LISTS(chars), k = pool->per_doc;
    for (Py_ssize_t i = 0; i < pool->n; i++) {
        long doc = pool->docs[i];
        if (starts[doc] < 0 || stops[doc] > n_rows || starts[doc] > stops[doc]) {
            PyErr_Format(PyExc_IndexError, "rank_pool: the rows of doc %ld are not in the field",
                         doc);
            return -1;
        }
    }
    float *best = malloc(sizeof(float) * k);
    if (!best) {
        PyErr_NoMemory();
        return -1;
    }
    for (Py_ssize_t i = 0; i < pool->n; i++) {
        if (i + AHEAD < pool->n)
            prefetch_rows(chars, starts[pool->docs[i + AHEAD]], stops[pool->docs[i + AHEAD]]);
        long doc = pool->docs[i];
        Py_ssize_t count = 0;
        int32_t *closest = pool->closest + i * k;
        for (int64_t row = starts[doc]; row < stops[doc]; row++)
            top_few_offer(best, closest, &count, k, row_dot(chars, row, lookup), (int32_t)row);
        pool->chars[i] = count > 0 && best[0] > 0.0f ? best[0] : 0.0f;
        pool->n_closest[i] = count;
    }
    free(best);
    return 0;
}

/* Each kept doc's fuzzy signal (its best token set ratio over its closest rows), its
 * final score and its raw fusion; then the kept docs sorted by final score, stably. */
static int pool_finish(Pool *pool, int32_t *order, Py_ssize_t kept, const double w[4],
                       const char *query, Py_ssize_t query_length, const Texts *row_texts,
                       double *fuzzy, double *final)
{
    Py_ssize_t n_texts = row_texts->n, longest = 0, length = 0;
    for (Py_ssize_t out = 0; out < kept; out++) {
        Py_ssize_t i = order[out];
        for (Py_ssize_t r = 0; r < pool->n_closest[i]; r++) {
            int32_t row = pool->closest[i * pool->per_doc + r];
            if (row >= n_texts) {
                PyErr_SetString(PyExc_IndexError, "rank_pool: a row has no text");
                return -1;
            }
            if (!texts_get(row_texts, row, &length))
                return -1;
            longest = length > longest ? length : longest;
        }
    }
    Ratios ratios;
    if (ratios_open(&ratios, query, query_length, longest) < 0)
        return -1;
    double best_chars = 0.0, best_fuzzy = 0.0;
    for (Py_ssize_t out = 0; out < kept; out++) {
        Py_ssize_t i = order[out];
        fuzzy[out] = 0.0;
        for (Py_ssize_t r = 0; r < pool->n_closest[i]; r++) {
            Py_ssize_t row = pool->closest[i * pool->per_doc + r];
            const char *chars_of_text = texts_get(row_texts, row, &length); /* checked above */
            double ratio = ratios_of(&ratios, chars_of_text, length);
            fuzzy[out] = ratio > fuzzy[out] ? ratio : fuzzy[out];
        }
        best_chars = pool->chars[i] > best_chars ? pool->chars[i] : best_chars;
        best_fuzzy = fuzzy[out] > best_fuzzy ? fuzzy[out] : best_fuzzy;
    }
    ratios_close(&ratios);
    double chars_scale = best_chars > 0.0 ? w[2] / best_chars : w[2];
    double fuzzy_scale = best_fuzzy > 0.0 ? w[3] / best_fuzzy : w[3];
    for (Py_ssize_t out = 0; out < kept; out++) {
        Py_ssize_t i = order[out];
        final[out] = pool->words_part[i] + chars_scale * pool->chars[i] + fuzzy_scale * fuzzy[out];
    }
    /* insertion sort of the kept positions by final score, stable (they are few) */
    for (Py_ssize_t a = 1; a < kept; a++) {
        int32_t doc_at = order[a];
        double f = final[a], z = fuzzy[a];
        Py_ssize_t b = a;
        for (; b > 0 && final[b - 1] < f; b--) {
            order[b] = order[b - 1];
            final[b] = final[b - 1];
            fuzzy[b] = fuzzy[b - 1];
        }
        order[b] = doc_at;
        final[b] = f;
        fuzzy[b] = z;
    }
    return 0;
}

/* [(doc, score, chars, doc_words, body_words, fuzzy, raw)] of the kept docs, in order. */
static PyObject *pool_ranking(const Pool *pool, const int32_t *order, Py_ssize_t kept,
                              const double w[4], const double *fuzzy, const double *final)
{
    PyObject *ranking = PyList_New(kept);
    for (Py_ssize_t out = 0; ranking && out < kept; out++) {
        Py_ssize_t i = order[out];
        double raw = w[2] * pool->chars[i] + w[0] * pool->doc_words[i] +
                     w[1] * pool->body_words[i] + w[3] * fuzzy[out];
        PyObject *item = Py_BuildValue("(ldddddd)", pool->docs[i], final[out], pool->chars[i],
                                       pool->doc_words[i], pool->body_words[i], fuzzy[out], raw);
        if (!item)
            Py_CLEAR(ranking);
        else
            PyList_SET_ITEM(ranking, out, item);
    }
    return ranking;
}

PyDoc_STRVAR(rank_pool_doc,
"rank_pool(body, body_raw, chars, char_raw, starts, stops, docs, doc_words,\n"
"          weights, keep, per_doc, lookup, query, row_texts)\n"
"    -> [(doc, score, chars, doc_words, body_words, fuzzy, raw)]\n\n"
"Rank a pool of candidate docs, best first. Each is scored on the answer field\n"
"(`body`, one row per doc) and the character field (`chars`: rows\n"
"starts[d]..stops[d]-1 of doc d, whose best row counts). With weights (w_doc,\n"
"w_body, w_chars, w_fuzzy) and each signal divided by its best value among the\n"
"docs compared:\n"
"    words_part = w_doc * doc_words + w_body * body_words        (over the pool)\n"
"    the `keep` best by words_part + w_chars * chars               (the earlier on ties)\n"
"    fuzzy = best token set ratio of `query` with the doc's `per_doc` rows closest\n"
"            in characters (their texts in `row_texts`: ASCII str, or packed\n"
"            as (blob, int64 offsets), each row's bytes blob[offsets[r]:offsets[r+1]])\n"
"    score = words_part + w_chars * chars + w_fuzzy * fuzzy         (over the kept)\n"
"`raw` is the fusion without scaling. `lookup` (one float32 per term of the\n"
"larger vocabulary) is a zero scratch buffer.");

static PyObject *rank_pool(PyObject *self, PyObject *args)
{
    PyObject *body_arrays, *body_raw, *char_arrays, *char_raw, *starts_obj, *stops_obj;
    PyObject *docs_obj, *doc_words_obj, *lookup_obj, *query_obj, *row_texts_obj;
    double w[4];
    Py_ssize_t keep, per_doc;
    if (!PyArg_ParseTuple(args, "OOOOOOOO(dddd)nnOUO:rank_pool", &body_arrays, &body_raw,
                          &char_arrays, &char_raw, &starts_obj, &stops_obj, &docs_obj,
                          &doc_words_obj, &w[0], &w[1], &w[2], &w[3], &keep, &per_doc,
                          &lookup_obj, &query_obj, &row_texts_obj))
        return NULL;
    if (per_doc < 1 || keep < 0) {
        PyErr_SetString(PyExc_ValueError, "rank_pool: per_doc >= 1 and keep >= 0");
        return NULL;
    }
    PyObject *result = NULL, *docs = NULL, *doc_words = NULL;
    Texts row_texts;
    int texts_opened = 0;
    Field body = {.filled = 0}, chars = {.filled = 0};
    Py_buffer starts_view = {0}, stops_view = {0}, lookup_view = {0};
    Pool pool = {0};
    Scored *ranked = NULL;
    int32_t *order = NULL;
    double *fuzzy = NULL, *final = NULL;
    Query query;
    Py_ssize_t query_length;
    const char *query_text = ascii_text(query_obj, &query_length);
    if (!query_text || get_field(body_arrays, &body) < 0 || get_field(char_arrays, &chars) < 0 ||
        get_array(starts_obj, &starts_view, 'i', 8, 0, "starts") < 0 ||
        get_array(stops_obj, &stops_view, 'i', 8, 0, "stops") < 0 ||
        get_array(lookup_obj, &lookup_view, 'f', 4, 1, "lookup") < 0)
        goto done;
    docs = PySequence_Fast(docs_obj, "docs must be a sequence");
    doc_words = PySequence_Fast(doc_words_obj, "doc_words must be a sequence");
    if (!docs || !doc_words)
        goto done;
    if (texts_open(row_texts_obj, &row_texts) < 0)
        goto done;
    texts_opened = 1;
    Py_ssize_t n = PySequence_Fast_GET_SIZE(docs), n_docs = starts_view.len / 8;
    if (PySequence_Fast_GET_SIZE(doc_words) != n || stops_view.len != starts_view.len) {
        PyErr_SetString(PyExc_ValueError, "rank_pool: docs and doc_words, starts and stops "
                                          "must be of one length");
        goto done;
    }
    if (pool_alloc(&pool, n, per_doc) < 0 ||
        pool_read(&pool, docs, doc_words, n_docs, N_LISTS(&body)) < 0)
        goto done;
    float *lookup = lookup_view.buf;
    Py_ssize_t lookup_size = lookup_view.len / 4;
    if (lookup_size < N_TERMS(&body) || lookup_size < N_TERMS(&chars)) {
        /* row_dot reads lookup at every term id of a row */
        PyErr_SetString(PyExc_ValueError, "rank_pool: lookup is smaller than a vocabulary");
        goto done;
    }
    if (query_build(body_raw, &body, lookup, lookup_size, &query) < 0)
        goto done;
    for (Py_ssize_t i = 0; i < n; i++) {
        if (i + AHEAD < n)
            prefetch_rows(&body, pool.docs[i + AHEAD], pool.docs[i + AHEAD] + 1);
        pool.body_words[i] = row_dot(&body, pool.docs[i], lookup);
    }
    query_clear(&query, lookup);
    if (query_build(char_raw, &chars, lookup, lookup_size, &query) < 0)
        goto done;
    int failed = pool_chars(&pool, &chars, starts_view.buf, stops_view.buf, lookup);
    query_clear(&query, lookup);
    if (failed)
        goto done;
    memcpy(pool.scaled, pool.doc_words, n * sizeof(double));
    scale_by_best(pool.scaled, n, w[0]);
    memcpy(pool.words_part, pool.body_words, n * sizeof(double));
    scale_by_best(pool.words_part, n, w[1]);
    for (Py_ssize_t i = 0; i < n; i++)
        pool.words_part[i] += pool.scaled[i];
    memcpy(pool.scaled, pool.chars, n * sizeof(double));
    scale_by_best(pool.scaled, n, w[2]);
    Py_ssize_t kept = keep < n ? keep : n;
    ranked = malloc(sizeof(Scored) * (n + 1));
    order = malloc(sizeof(int32_t) * (kept + 1));
    fuzzy = malloc(sizeof(double) * (kept + 1));
    final = malloc(sizeof(double) * (kept + 1));
    if (!ranked || !order || !fuzzy || !final) {
        PyErr_NoMemory();
        goto done;
    }
    for (Py_ssize_t i = 0; i < n; i++)
        ranked[i] = (Scored){(float)(pool.words_part[i] + pool.scaled[i]), (int32_t)i};
    kept = select_best(ranked, n, kept);
    for (Py_ssize_t out = 0; out < kept; out++)
        order[out] = ranked[out].row; /* the kept pool positions, best first */
    if (pool_finish(&pool, order, kept, w, query_text, query_length, &row_texts, fuzzy, final) == 0)
        result = pool_ranking(&pool, order, kept, w, fuzzy, final);
done:
    pool_free(&pool);
    free(ranked);
    free(order);
    free(fuzzy);
    free(final);
    Py_XDECREF(docs);
    Py_XDECREF(doc_words);
    if (texts_opened)
        texts_close(&row_texts);
    release_field(&body);
    release_field(&chars);
    if (starts_view.obj)
        PyBuffer_Release(&starts_view);
    if (stops_view.obj)
        PyBuffer_Release(&stops_view);
    if (lookup_view.obj)
        PyBuffer_Release(&lookup_view);
    return result;
}

PyDoc_STRVAR(holds_doc,
"holds(field, row, ids) -> [whether the row holds each term id]\n\n"
"Membership of term ids in one row of a row-major field, whose term ids are sorted\n"
"within each row; an id below zero (a term not in the vocabulary) is never held.");

static PyObject *holds(PyObject *self, PyObject *args)
{
    PyObject *arrays, *ids_obj;
    Py_ssize_t row;
    if (!PyArg_ParseTuple(args, "OnO:holds", &arrays, &row, &ids_obj))
        return NULL;
    Field field;
    if (get_field(arrays, &field) < 0)
        return NULL;
    PyObject *result = NULL, *ids = PySequence_Fast(ids_obj, "ids must be a sequence");
    if (ids && (row < 0 || row >= N_LISTS(&field)))
        PyErr_Format(PyExc_IndexError, "holds: row %zd is not in the field", row);
    else if (ids)
        result = PyList_New(PySequence_Fast_GET_SIZE(ids));
    for (Py_ssize_t i = 0; result && i < PySequence_Fast_GET_SIZE(ids); i++) {
        long id = PyLong_AsLong(PySequence_Fast_GET_ITEM(ids, i));
        if (id == -1 && PyErr_Occurred()) {
            Py_CLEAR(result);
            break;
        }
        int64_t low = POINTERS(&field)[row], high = POINTERS(&field)[row + 1];
        while (low < high) { /* binary search of the row's sorted terms */
            int64_t middle = low + (high - low) / 2;
            if (TERM_AT(&field, middle) < id)
                low = middle + 1;
            else
                high = middle;
        }
        int found = id >= 0 && low < POINTERS(&field)[row + 1] && TERM_AT(&field, low) == id;
        PyList_SET_ITEM(result, i, Py_NewRef(found ? Py_True : Py_False));
    }
    Py_XDECREF(ids);
    release_field(&field);
    return result;
}

static PyMethodDef methods[] = {
    {"holds", holds, METH_VARARGS, holds_doc},
    {"top_postings", top_postings, METH_VARARGS, top_postings_doc},
    {"rank_pool", rank_pool, METH_VARARGS, rank_pool_doc},
    {"token_set_ratios", token_set_ratios, METH_VARARGS, token_set_ratios_doc},
    {NULL, NULL, 0, NULL},
};

static struct PyModuleDef module = {
    PyModuleDef_HEAD_INIT, "_scoring",
    "Per-question scoring loops in C (see assistant/_scoring.c).", -1, methods,
};

PyMODINIT_FUNC PyInit__scoring(void) { return PyModule_Create(&module); }
