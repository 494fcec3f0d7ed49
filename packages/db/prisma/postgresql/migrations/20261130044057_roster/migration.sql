-- CreateTable
CREATE TABLE "RosterMapping" (
    "regionCode" TEXT NOT NULL,
    "mapping" JSONB NOT NULL,
    "updatedById" TEXT NOT NULL,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "RosterMapping_pkey" PRIMARY KEY ("regionCode")
);

-- CreateTable
CREATE TABLE "RosterRun" (
    "id" TEXT NOT NULL,
    "regionCode" TEXT NOT NULL,
    "status" TEXT NOT NULL,
    "fileName" TEXT NOT NULL,
    "asOf" TEXT NOT NULL,
    "mapping" JSONB NOT NULL,
    "rows" INTEGER NOT NULL DEFAULT 0,
    "summary" JSONB,
    "error" TEXT,
    "createdById" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "RosterRun_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RosterList" (
    "id" TEXT NOT NULL,
    "runId" TEXT NOT NULL,
    "regionCode" TEXT NOT NULL,
    "confirmedById" TEXT NOT NULL,
    "confirmedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "rowCount" INTEGER NOT NULL,
    "totals" JSONB NOT NULL,
    "rows" JSONB NOT NULL,

    CONSTRAINT "RosterList_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "RosterRun_regionCode_createdAt_idx" ON "RosterRun"("regionCode", "createdAt");

-- CreateIndex
CREATE INDEX "RosterRun_status_idx" ON "RosterRun"("status");

-- CreateIndex
CREATE UNIQUE INDEX "RosterList_runId_key" ON "RosterList"("runId");

-- CreateIndex
CREATE INDEX "RosterList_regionCode_confirmedAt_idx" ON "RosterList"("regionCode", "confirmedAt");

