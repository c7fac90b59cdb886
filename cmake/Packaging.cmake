# Where `cmake --install` puts RoleLens, and the Debian package CPack makes of it
# (`cpack -G DEB` in a build folder). Everything goes where the freedesktop specifications
# look for it, under the application id, so that menus, software centres and file managers
# find the program, its icon and the files it opens.
include(GNUInstallDirs)

set(ROLELENS_APP_ID "invalid.example.RoleLens")
set(ROLELENS_DESKTOP_DIR "${PROJECT_SOURCE_DIR}/resources/desktop")
set(ROLELENS_ICON_DIR "${PROJECT_SOURCE_DIR}/resources/icons")

install(TARGETS rolelens RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})
install(FILES "${ROLELENS_DESKTOP_DIR}/${ROLELENS_APP_ID}.desktop"
        DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
install(FILES "${ROLELENS_DESKTOP_DIR}/${ROLELENS_APP_ID}.metainfo.xml"
        DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo)
install(FILES "${ROLELENS_DESKTOP_DIR}/${ROLELENS_APP_ID}.mime.xml"
        DESTINATION ${CMAKE_INSTALL_DATADIR}/mime/packages
        RENAME "${ROLELENS_APP_ID}.xml")
install(FILES "${ROLELENS_ICON_DIR}/rolelens.svg"
        DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps
        RENAME "${ROLELENS_APP_ID}.svg")
# The sizes scripts/icons.sh renders.
foreach(size IN ITEMS 16 22 24 32 48 64 128 256 512)
    install(FILES "${ROLELENS_ICON_DIR}/rolelens-${size}.png"
            DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/${size}x${size}/apps
            RENAME "${ROLELENS_APP_ID}.png")
endforeach()
# Debian keeps a package's licence as /usr/share/doc/<package>/copyright.
set(ROLELENS_DOC_DIR "${CMAKE_INSTALL_DATADIR}/doc/rolelens")
install(FILES "${PROJECT_SOURCE_DIR}/LICENSE" DESTINATION ${ROLELENS_DOC_DIR} RENAME copyright)
install(FILES "${PROJECT_SOURCE_DIR}/README.md" DESTINATION ${ROLELENS_DOC_DIR})

set(CPACK_GENERATOR "DEB")
set(CPACK_PACKAGE_NAME "rolelens")
set(CPACK_PACKAGE_VENDOR "The RoleLens authors")
set(CPACK_PACKAGE_CONTACT "The RoleLens authors <rolelens@example.invalid>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "hiring-expectations advisor for business owners")
string(CONCAT CPACK_PACKAGE_DESCRIPTION
    "RoleLens shows what roles such as social media manager, influencer and community manager "
    "do, do not do and are judged by, each statement citing its source article; compares two "
    "to four roles; and reads an owner's goals, tasks, expectations and budget into a hiring "
    "plan with realistic targets.")
set(CPACK_RESOURCE_FILE_LICENSE "${PROJECT_SOURCE_DIR}/LICENSE")
set(CPACK_PACKAGE_INSTALL_DIRECTORY "/usr")
set(CPACK_PACKAGING_INSTALL_PREFIX "/usr")
set(CPACK_STRIP_FILES ON)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION "office")
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE "${PROJECT_HOMEPAGE_URL}")
# The libraries the program links come from dpkg-shlibdeps; what it only opens at run time
# does not: the sans-serif font the printed sheets embed, and Qt's own translations.
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS "fonts-dejavu-core")
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "qt6-translations-l10n")
# No maintainer scripts: Debian's triggers (shared-mime-info, desktop-file-utils,
# hicolor-icon-theme) refresh the file types, the menu and the icon cache on installation.
include(CPack)
