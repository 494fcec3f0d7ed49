-- AlterTable
ALTER TABLE "DistrictSettings" ADD COLUMN     "portalColor" TEXT,
ADD COLUMN     "portalContact" TEXT,
ADD COLUMN     "portalFeatured" TEXT NOT NULL DEFAULT '[]',
ADD COLUMN     "portalName" TEXT,
ADD COLUMN     "portalNotice" TEXT;

