/* The per-question scoring loops of `assistant.retrieve`, in C.
 *
 * Each function does in one call what took dozens of small numpy calls, whose
 * fixed cost (a few microseconds each) set the latency of a question at a few
 * thousand entries. The arrays are those of `assistant.index.SparseField`:
 *
 *   term-major field: (idf float32, indptr int64, indices int32, data float32)
 *   row-major field:  (idf float32, row_indptr int64, row_terms int32, row_data float32)
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

/* ---------------------------------------------------------------- arrays */

typedef struct {
    Py_buffer idf, pointers, terms, values; /* see the field layouts above */
    int filled;
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
    PyBuffer_Release(&field->values);
    field->filled = 0;
}

static int get_field(PyObject *arrays, Field *field)
{
    PyObject *idf, *pointers, *terms, *values;
    field->filled = 0;
    if (!PyArg_ParseTuple(arrays, "OOOO:field", &idf, &pointers, &terms, &values))
        return -1;
    if (get_array(idf, &field->idf, 'f', 4, 0, "idf") < 0)
        return -1;
    if (get_array(pointers, &field->pointers, 'i', 8, 0, "pointers") < 0) {
        PyBuffer_Release(&field->idf);
        return -1;
    }
    if (get_array(terms, &field->terms, 'i', 4, 0, "terms") < 0) {
        PyBuffer_Release(&field->idf);
        PyBuffer_Release(&field->pointers);
        return -1;
    }
    if (get_array(values, &field->values, 'f', 4, 0, "values") < 0) {
        PyBuffer_Release(&field->idf);
        PyBuffer_Release(&field->pointers);
        PyBuffer_Release(&field->terms);
        return -1;
    }
    field->filled = 1;
    if (field->terms.len != field->values.len) {
        PyErr_SetString(PyExc_ValueError, "field: terms and values differ in length");
        release_field(field);
        return -1;
    }
    return 0;
}

#define IDF(f) ((const float *)(f)->idf.buf)
#define POINTERS(f) ((const int64_t *)(f)->pointers.buf)
#define TERMS(f) ((const int32_t *)(f)->terms.buf)
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
    const int32_t *terms = TERMS(field);
    const float *values = VALUES(field);
    float total = 0.0f;
    for (int64_t p = pointers[row]; p < pointers[row + 1]; p++)
        total += values[p] * lookup[terms[p]];
    return total;
}

/* ------------------------------------------------------------ best of many */

/* A min-heap keeping the k best (score, row): higher score first, lower row on ties. */
typedef struct {
    Py_ssize_t size, k;
    float *scores;
    int32_t *rows;
} Heap;

static int worse(float s1, int32_t r1, float s2, int32_t r2)
{
    return s1 < s2 || (s1 == s2 && r1 > r2);
}

static void heap_sift_down(Heap *heap, Py_ssize_t i)
{
    for (;;) {
        Py_ssize_t low = i, left = 2 * i + 1, right = left + 1;
        if (left < heap->size &&
            worse(heap->scores[left], heap->rows[left], heap->scores[low], heap->rows[low]))
            low = left;
        if (right < heap->size &&
            worse(heap->scores[right], heap->rows[right], heap->scores[low], heap->rows[low]))
            low = right;
        if (low == i)
            return;
        float s = heap->scores[i];
        int32_t r = heap->rows[i];
        heap->scores[i] = heap->scores[low];
        heap->rows[i] = heap->rows[low];
        heap->scores[low] = s;
        heap->rows[low] = r;
        i = low;
    }
}

static void heap_offer(Heap *heap, float score, int32_t row)
{
    if (heap->size < heap->k) {
        Py_ssize_t i = heap->size++;
        while (i > 0) { /* sift up */
            Py_ssize_t parent = (i - 1) / 2;
            if (!worse(score, row, heap->scores[parent], heap->rows[parent]))
                break;
            heap->scores[i] = heap->scores[parent];
            heap->rows[i] = heap->rows[parent];
            i = parent;
        }
        heap->scores[i] = score;
        heap->rows[i] = row;
    } else if (heap->k > 0 && worse(heap->scores[0], heap->rows[0], score, row)) {
        heap->scores[0] = score;
        heap->rows[0] = row;
        heap_sift_down(heap, 0);
    }
}

/* ([rows], [scores]) of the heap, best first; empties the heap. */
static PyObject *heap_drain(Heap *heap)
{
    Py_ssize_t n = heap->size;
    PyObject *rows = PyList_New(n), *scores = PyList_New(n);
    if (!rows || !scores) {
        Py_XDECREF(rows);
        Py_XDECREF(scores);
        return NULL;
    }
    while (heap->size > 0) { /* pop the worst into the last free place */
        Py_ssize_t last = --heap->size;
        PyList_SET_ITEM(rows, last, PyLong_FromLong(heap->rows[0]));
        PyList_SET_ITEM(scores, last, PyFloat_FromDouble(heap->scores[0]));
        heap->scores[0] = heap->scores[last];
        heap->rows[0] = heap->rows[last];
        heap_sift_down(heap, 0);
    }
    for (Py_ssize_t i = 0; i < n; i++) {
        if (!PyList_GET_ITEM(rows, i) || !PyList_GET_ITEM(scores, i)) {
            Py_DECREF(rows);
            Py_DECREF(scores);
            return NULL;
        }
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
    Query query;
    int32_t *touched = NULL;
    Heap heap = {0, k > 0 ? k : 0, NULL, NULL};
    if (query_build(raw, &field, lookup, lookup_view.len / 4, &query) < 0)
        goto done;
    const int64_t *pointers = POINTERS(&field);
    const int32_t *rows = TERMS(&field);
    const float *values = VALUES(&field);
    int64_t total = 0;
    for (Py_ssize_t j = 0; j < query.n; j++)
        total += pointers[query.ids[j] + 1] - pointers[query.ids[j]];
    touched = malloc(sizeof(int32_t) * (size_t)(total < n_rows ? total + 1 : n_rows + 1));
    heap.scores = malloc(sizeof(float) * (heap.k + 1));
    heap.rows = malloc(sizeof(int32_t) * (heap.k + 1));
    if (!touched || !heap.scores || !heap.rows) {
        PyErr_NoMemory();
        goto clear;
    }
    Py_ssize_t n_touched = 0;
    for (Py_ssize_t j = 0; j < query.n; j++) {
        float weight = query.weights[j];
        for (int64_t p = pointers[query.ids[j]]; p < pointers[query.ids[j] + 1]; p++) {
            int32_t row = rows[p];
            if (row < 0 || row >= n_rows) {
                PyErr_SetString(PyExc_IndexError, "top_postings: a posting is past the scores");
                goto reset;
            }
            if (scores[row] == 0.0f)
                touched[n_touched++] = row;
            scores[row] += weight * values[p];
        }
    }
    for (Py_ssize_t i = 0; i < n_touched; i++) {
        float score = scores[touched[i]];
        if (score > 0.0f)
            heap_offer(&heap, score, touched[i]);
    }
    result = heap_drain(&heap);
reset:
    for (Py_ssize_t i = 0; i < n_touched; i++)
        scores[touched[i]] = 0.0f;
clear:
    query_clear(&query, lookup);
done:
    free(touched);
    free(heap.scores);
    free(heap.rows);
    release_field(&field);
    PyBuffer_Release(&scores_view);
    PyBuffer_Release(&lookup_view);
    return result;
}

PyDoc_STRVAR(row_scores_doc,
"row_scores(field, raw_ids, rows, lookup) -> [cosine of each row]\n\n"
"The query's cosine with the given rows of a row-major field; `lookup` (one float32\n"
"per term) is a zero scratch buffer.");

static PyObject *row_scores(PyObject *self, PyObject *args)
{
    PyObject *arrays, *raw, *rows_obj, *lookup_obj;
    if (!PyArg_ParseTuple(args, "OOOO:row_scores", &arrays, &raw, &rows_obj, &lookup_obj))
        return NULL;
    Field field;
    Py_buffer lookup_view;
    if (get_field(arrays, &field) < 0)
        return NULL;
    if (get_array(lookup_obj, &lookup_view, 'f', 4, 1, "lookup") < 0) {
        release_field(&field);
        return NULL;
    }
    PyObject *result = NULL, *rows = PySequence_Fast(rows_obj, "rows must be a sequence");
    float *lookup = lookup_view.buf;
    Query query;
    if (!rows || query_build(raw, &field, lookup, lookup_view.len / 4, &query) < 0)
        goto done;
    Py_ssize_t n = PySequence_Fast_GET_SIZE(rows), n_rows = N_LISTS(&field);
    result = PyList_New(n);
    for (Py_ssize_t i = 0; result && i < n; i++) {
        long row = PyLong_AsLong(PySequence_Fast_GET_ITEM(rows, i));
        if (row < 0 || row >= n_rows) {
            if (!PyErr_Occurred())
                PyErr_Format(PyExc_IndexError, "row_scores: row %ld is not in the field", row);
            Py_CLEAR(result);
            break;
        }
        PyObject *score = PyFloat_FromDouble(row_dot(&field, row, lookup));
        if (!score) {
            Py_CLEAR(result);
            break;
        }
        PyList_SET_ITEM(result, i, score);
    }
    query_clear(&query, lookup);
done:
    Py_XDECREF(rows);
    release_field(&field);
    PyBuffer_Release(&lookup_view);
    return result;
}

PyDoc_STRVAR(group_best_doc,
"group_best(field, raw_ids, starts, stops, groups, per_group, lookup) -> (best, rows)\n\n"
"For each group g (a doc: rows starts[g]..stops[g]-1 of a row-major field), the\n"
"highest cosine of its rows with the query, and its `per_group` best rows, best\n"
"first (a tuple each). `lookup` (one float32 per term) is a zero scratch buffer.");

static PyObject *group_best(PyObject *self, PyObject *args)
{
    PyObject *arrays, *raw, *starts_obj, *stops_obj, *groups_obj, *lookup_obj;
    Py_ssize_t per_group;
    if (!PyArg_ParseTuple(args, "OOOOOnO:group_best", &arrays, &raw, &starts_obj, &stops_obj,
                          &groups_obj, &per_group, &lookup_obj))
        return NULL;
    if (per_group < 1) {
        PyErr_SetString(PyExc_ValueError, "group_best: per_group must be at least 1");
        return NULL;
    }
    Field field;
    Py_buffer starts_view, stops_view, lookup_view;
    if (get_field(arrays, &field) < 0)
        return NULL;
    if (get_array(starts_obj, &starts_view, 'i', 8, 0, "starts") < 0) {
        release_field(&field);
        return NULL;
    }
    if (get_array(stops_obj, &stops_view, 'i', 8, 0, "stops") < 0) {
        release_field(&field);
        PyBuffer_Release(&starts_view);
        return NULL;
    }
    if (get_array(lookup_obj, &lookup_view, 'f', 4, 1, "lookup") < 0) {
        release_field(&field);
        PyBuffer_Release(&starts_view);
        PyBuffer_Release(&stops_view);
        return NULL;
    }
    PyObject *best = NULL, *best_rows = NULL, *result = NULL;
    PyObject *groups = PySequence_Fast(groups_obj, "groups must be a sequence");
    const int64_t *starts = starts_view.buf, *stops = stops_view.buf;
    Py_ssize_t n_groups = starts_view.len / 8, n_rows = N_LISTS(&field);
    float *lookup = lookup_view.buf;
    Heap heap = {0, per_group, malloc(sizeof(float) * per_group),
                 malloc(sizeof(int32_t) * per_group)};
    Query query;
    if (!groups || !heap.scores || !heap.rows) {
        if (groups)
            PyErr_NoMemory();
        goto done;
    }
    if (query_build(raw, &field, lookup, lookup_view.len / 4, &query) < 0)
        goto done;
    Py_ssize_t n = PySequence_Fast_GET_SIZE(groups);
    best = PyList_New(n);
    best_rows = PyList_New(n);
    for (Py_ssize_t i = 0; best && best_rows && i < n; i++) {
        long group = PyLong_AsLong(PySequence_Fast_GET_ITEM(groups, i));
        if (group < 0 || group >= n_groups || stops_view.len != starts_view.len ||
            starts[group] < 0 || stops[group] > n_rows || starts[group] > stops[group]) {
            if (!PyErr_Occurred())
                PyErr_Format(PyExc_IndexError, "group_best: group %ld is not in the field", group);
            Py_CLEAR(best);
            break;
        }
        float top = 0.0f;
        for (int64_t row = starts[group]; row < stops[group]; row++) {
            float score = row_dot(&field, row, lookup);
            top = score > top ? score : top;
            heap_offer(&heap, score, (int32_t)row);
        }
        PyObject *drained = heap_drain(&heap), *value = PyFloat_FromDouble(top);
        PyObject *rows_of = drained ? PySequence_Tuple(PyTuple_GET_ITEM(drained, 0)) : NULL;
        Py_XDECREF(drained);
        if (!rows_of || !value) {
            Py_XDECREF(rows_of);
            Py_XDECREF(value);
            Py_CLEAR(best);
            break;
        }
        PyList_SET_ITEM(best, i, value);
        PyList_SET_ITEM(best_rows, i, rows_of);
    }
    query_clear(&query, lookup);
    if (best && best_rows)
        result = Py_BuildValue("(OO)", best, best_rows);
done:
    Py_XDECREF(best);
    Py_XDECREF(best_rows);
    Py_XDECREF(groups);
    free(heap.scores);
    free(heap.rows);
    release_field(&field);
    PyBuffer_Release(&starts_view);
    PyBuffer_Release(&stops_view);
    PyBuffer_Release(&lookup_view);
    return result;
}

static PyMethodDef methods[] = {
    {"top_postings", top_postings, METH_VARARGS, top_postings_doc},
    {"row_scores", row_scores, METH_VARARGS, row_scores_doc},
    {"group_best", group_best, METH_VARARGS, group_best_doc},
    {NULL, NULL, 0, NULL},
};

static struct PyModuleDef module = {
    PyModuleDef_HEAD_INIT, "_scoring",
    "Per-question scoring loops in C (see assistant/_scoring.c).", -1, methods,
};

PyMODINIT_FUNC PyInit__scoring(void) { return PyModule_Create(&module); }
