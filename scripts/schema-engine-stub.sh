#!/bin/sh
# Stand-in for Prisma's native schema engine on machines that cannot download it.
# `prisma generate` and `prisma studio` need the path to exist but never run it.
echo "Prisma's schema engine is not installed on this machine; use npm run db:migrate (see README)." >&2
exit 1
