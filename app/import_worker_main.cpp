// lumbarlab-import: the program the app starts to import one model file the user chose, so that a
// file that crashes or hangs assimp ends this process, never the app (engine/scene/isolated_import).
#include "scene/import_worker.hpp"
#include "scene/model_import.hpp"

int main(int argc, char** argv)
{
    return lumbar::runImportWorker(argc, argv, lumbar::importModel);
}
