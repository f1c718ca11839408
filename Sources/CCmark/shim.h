#ifndef LITMUS_CCMARK_SHIM_H
#define LITMUS_CCMARK_SHIM_H
#include <cmark.h>
#endif
