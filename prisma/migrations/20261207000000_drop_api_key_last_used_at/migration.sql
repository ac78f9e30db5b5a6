-- API keys never recorded their last use: the column was never written nor served.

/*
  Warnings:

  - You are about to drop the column `last_used_at` on the `api_key` table. All the data in the column will be lost.

*/
-- AlterTable
ALTER TABLE "api_key" DROP COLUMN "last_used_at";
