-- AlterTable
ALTER TABLE "Program" ADD COLUMN     "originProgramId" TEXT,
ADD COLUMN     "originVersionId" TEXT;

