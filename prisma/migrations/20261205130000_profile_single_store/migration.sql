-- A profile version lives in ExchangeProfile.data alone: its tiers and sources were copies.
DROP TABLE "ExchangeTier";
DROP TABLE "ExchangeSource";

-- AlterTable
ALTER TABLE "ExchangeProfile" ADD COLUMN     "origin" TEXT NOT NULL DEFAULT 'bundled';

-- CreateTable
CREATE TABLE "VenueRefresh" (
    "id" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "checkedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "outcome" TEXT NOT NULL,
    "version" INTEGER,
    "detail" TEXT,

    CONSTRAINT "VenueRefresh_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "MarketQuote" (
    "slug" TEXT NOT NULL,
    "asset" TEXT NOT NULL,
    "instrument" TEXT NOT NULL,
    "symbol" TEXT NOT NULL,
    "markPrice" TEXT,
    "indexPrice" TEXT,
    "fundingRate" TEXT,
    "quotedAt" TIMESTAMP(3) NOT NULL,
    "source" TEXT NOT NULL,
    "readAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "MarketQuote_pkey" PRIMARY KEY ("slug","asset","instrument")
);

-- CreateIndex
CREATE INDEX "VenueRefresh_slug_checkedAt_idx" ON "VenueRefresh"("slug", "checkedAt" DESC);
