#pragma once

#include "resource/Resource.h"

#include <QString>

namespace muster {

// A resource as readable HTML for the details pane: each attribute on a line, complex values as
// nested lists, multi-valued ones one element per line, the primary one marked. Every value is
// escaped: the text comes from identity providers.
class ResourceDetailsHtml final {
public:
    static QString render(const Resource& resource);
};

} // namespace muster
