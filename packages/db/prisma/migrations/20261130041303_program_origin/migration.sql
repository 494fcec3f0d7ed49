-- AlterTable
ALTER TABLE "Program" ADD COLUMN "originProgramId" TEXT;
ALTER TABLE "Program" ADD COLUMN "originVersionId" TEXT;

