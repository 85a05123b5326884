// libFuzzer target: the Bulk request parser and processor. The input is the body of POST /scim/v2/Bulk
// to a ScimService over a fresh Directory on a MemoryStore (bulkId references, forward references and
// cycles, every operation type).
#include "FuzzEnvironment.h"
#include "ScimFixture.h"

using namespace muster;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    ScimServiceOptions options;
    options.bulkMaxOperations = 50; // keeps each input quick; the limit itself is a tested 413
    ScimFixture fixture(options, {}, true, fuzz::FuzzEnvironment::registry());
    (void)fixture.send("POST", ScimFixture::Base + u"/Bulk", fuzz::FuzzEnvironment::bytes(data, size));
    return 0;
}
