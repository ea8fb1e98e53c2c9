#ifndef SARABAN_CLIBXML2_SHIM_H
#define SARABAN_CLIBXML2_SHIM_H
#include <libxml/xmlversion.h>
// libxml2 built with ICU would pull <unicode/*.h> into Swift, where it clashes with
// Foundation's bundled ICU; the only cost is hiding trailing fields of
// xmlCharEncodingHandler, which saraban never touches.
#undef LIBXML_ICU_ENABLED
#include <libxml/parser.h>
#include <libxml/tree.h>
#include <libxml/xmlwriter.h>
#include <libxml/xmlschemas.h>
#include <libxml/HTMLparser.h>

/// `xmlFree` is a function pointer variable, which Swift cannot call directly.
static inline void saraban_xmlFree(void *p) { xmlFree(p); }
#endif
