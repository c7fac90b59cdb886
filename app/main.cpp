#include "launcher/Launcher.h"

int main(int argc, char *argv[])
{
    return rolelens::Launcher::run(argc, argv);
}
