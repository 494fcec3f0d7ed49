-- AlterTable
ALTER TABLE "RosterRun" ADD COLUMN     "bytesRead" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "fileBytes" INTEGER,
ADD COLUMN     "startedAt" TIMESTAMP(3),
ADD COLUMN     "totalRows" INTEGER;

