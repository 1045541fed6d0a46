-- AlterTable
ALTER TABLE "Scenario" ADD COLUMN     "clientRequestHash" TEXT,
ADD COLUMN     "clientRequestId" TEXT;

-- CreateIndex
CREATE UNIQUE INDEX "Scenario_ownerId_clientRequestId_key" ON "Scenario"("ownerId", "clientRequestId");
