#include "patch/PatchOperation.h"

namespace muster {

QString PatchOperation::opName(Op op)
{
    switch (op) {
    case Op::Add:
        return QStringLiteral("add");
    case Op::Remove:
        return QStringLiteral("remove");
    case Op::Replace:
        return QStringLiteral("replace");
    }
    return {};
}

} // namespace muster
