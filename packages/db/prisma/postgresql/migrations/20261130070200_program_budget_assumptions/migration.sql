-- AlterTable
ALTER TABLE "Program" ADD COLUMN     "budgetAssumptions" JSONB;

