-- CreateTable
CREATE TABLE "RegionalCatalogue" (
    "regionCode" TEXT NOT NULL,
    "level" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "facts" JSONB NOT NULL,
    "revision" INTEGER NOT NULL DEFAULT 1,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "updatedById" TEXT,

    CONSTRAINT "RegionalCatalogue_pkey" PRIMARY KEY ("regionCode")
);

-- AddForeignKey
ALTER TABLE "RegionalCatalogue" ADD CONSTRAINT "RegionalCatalogue_regionCode_fkey" FOREIGN KEY ("regionCode") REFERENCES "Region"("code") ON DELETE RESTRICT ON UPDATE CASCADE;

