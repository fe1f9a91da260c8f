/* eslint-disable */
import * as types from './graphql';



/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  query Recovery1 {\n    serviceInfo {\n      neo4jVersion\n    }\n  }\n": typeof types.Recovery1Document,
    "\n        query Server1 {\n          serviceInfo {\n            neo4jVersion\n            neo4jEdition\n            gdsVersion\n            apocVersion\n          }\n        }\n      ": typeof types.Server1Document,
    "\n        query Server2 {\n          serviceInfo {\n            neo4jVersion\n          }\n        }\n      ": typeof types.Server2Document,
    "\n          mutation InvestigationImportScene($records: [ImportRecordInput!]!) {\n            importRecords(records: $records) {\n              accepted\n            }\n          }\n        ": typeof types.InvestigationImportSceneDocument,
    "\n        query Errors1 {\n          firearmBySerial(serial: \"INVTEST-NO-SERIAL\") {\n            id: firearmId\n          }\n        }\n      ": typeof types.Errors1Document,
    "\n        query Errors2($lic: NonEmptyString!, $ori: NonEmptyString!, $pid: NonEmptyString!, $fid: NonEmptyString!, $ev: NonEmptyString!, $sid: NonEmptyString!) {\n          ffl(license: $lic) {\n            license\n          }\n          agency(ori: $ori) {\n            ori\n          }\n          person(id: $pid) {\n            id: personId\n          }\n          firearm(id: $fid) {\n            id: firearmId\n            serial\n          }\n          casing(evidenceId: $ev) {\n            evidenceId\n          }\n          scene(id: $sid) {\n            id: sceneId\n          }\n        }\n      ": typeof types.Errors2Document,
    "\n        query Errors3($s: NonEmptyString!) {\n          firearmBySerial(serial: $s) {\n            id: firearmId\n          }\n        }\n      ": typeof types.Errors3Document,
    "\n        query Errors4 {\n          scenes(filter: { near: { latitude: 123, longitude: 0, radiusKm: 1 } }) {\n            totalCount\n          }\n        }\n      ": typeof types.Errors4Document,
    "\n        query Errors5 {\n          ffls(first: 1) {\n            pageInfo {\n              endCursor\n            }\n          }\n        }\n      ": typeof types.Errors5Document,
    "\n  query NibinLinked($evidenceId: NonEmptyString!, $includeUnreviewed: Boolean, $maxHops: Int) {\n    casing(evidenceId: $evidenceId) {\n      evidenceId\n      scene {\n        id: sceneId\n        agency {\n          ori\n        }\n      }\n      linkedScenes(includeUnreviewed: $includeUnreviewed, maxHops: $maxHops) {\n        scene {\n          id: sceneId\n          occurredAt\n        }\n        agency {\n          ori\n        }\n        evidenceIds\n        distanceKm\n        daysSincePrevious\n        otherJurisdiction\n      }\n      linkedCasings(includeUnreviewed: $includeUnreviewed, maxHops: $maxHops) {\n        casing {\n          evidenceId\n        }\n        hops\n        throughFirearm\n      }\n    }\n  }\n": typeof types.NibinLinkedDocument,
    "\n          query NibinFirearmShootings($id: NonEmptyString!) {\n            firearm(id: $id) {\n              shootings {\n                id: sceneId\n              }\n              casings {\n                evidenceId\n              }\n              testFires {\n                evidenceId\n              }\n            }\n          }\n        ": typeof types.NibinFirearmShootingsDocument,
    "\n        query NibinCasingLeads($e: NonEmptyString!) {\n          casing(evidenceId: $e) {\n            all: leads {\n              id: leadId\n              status\n              otherCasing {\n                evidenceId\n              }\n            }\n            rejected: leads(status: REJECTED) {\n              id: leadId\n            }\n          }\n        }\n      ": typeof types.NibinCasingLeadsDocument,
    "\n  query PaginationScenes($first: Int, $after: String) {\n    scenes(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        hasPreviousPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id: sceneId\n          occurredAt\n        }\n      }\n    }\n  }\n": typeof types.PaginationScenesDocument,
    "\n      query Pagination1($l: NonEmptyString!, $after: String) {\n        ffl(license: $l) {\n          sales(first: 3, after: $after) {\n            totalCount\n            pageInfo {\n              hasNextPage\n              endCursor\n            }\n            edges {\n              node {\n                id: saleId\n                soldOn\n              }\n            }\n          }\n        }\n      }\n    ": typeof types.Pagination1Document,
    "\n      query Pagination2($s: String, $after: String) {\n        ffls(filter: { state: $s }, first: 100, after: $after) {\n          totalCount\n          pageInfo {\n            hasNextPage\n            endCursor\n          }\n          edges {\n            node {\n              license\n              state\n            }\n          }\n        }\n      }\n    ": typeof types.Pagination2Document,
    "\n        query Pagination3($id: NonEmptyString!) {\n          scene(id: $id) {\n            location {\n              latitude\n              longitude\n            }\n          }\n        }\n      ": typeof types.Pagination3Document,
    "\n        query Pagination4($lat: Latitude!, $lon: Longitude!) {\n          scenes(filter: { near: { latitude: $lat, longitude: $lon, radiusKm: 3 } }, first: 100) {\n            totalCount\n            edges {\n              node {\n                id: sceneId\n                location {\n                  latitude\n                  longitude\n                }\n              }\n            }\n          }\n        }\n      ": typeof types.Pagination4Document,
    "\n        query PaginationTestFires($after: String) {\n          casings(filter: { testFire: true }, first: 100, after: $after) {\n            totalCount\n            pageInfo {\n              hasNextPage\n              endCursor\n            }\n            edges {\n              node {\n                evidenceId\n                testFire\n                recoveredAt\n              }\n            }\n          }\n        }\n      ": typeof types.PaginationTestFiresDocument,
    "\n        query PaginationRevolvers($after: String) {\n          firearms(filter: { kinds: [REVOLVER] }, first: 100, after: $after) {\n            totalCount\n            pageInfo {\n              hasNextPage\n              endCursor\n            }\n            edges {\n              node {\n                id: firearmId\n                kind\n              }\n            }\n          }\n        }\n      ": typeof types.PaginationRevolversDocument,
    "\n  query PeoplePurchases($id: NonEmptyString!, $after: String) {\n    person(id: $id) {\n      purchases(first: 10, after: $after) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          node {\n            id: saleId\n            soldOn\n            dealer {\n              license\n            }\n            firearm {\n              id: firearmId\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.PeoplePurchasesDocument,
    "\n  query PeopleRecoveriesFrom($id: NonEmptyString!, $after: String) {\n    person(id: $id) {\n      recoveriesFrom(first: 10, after: $after) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          node {\n            id: recoveryId\n            firearm {\n              id: firearmId\n            }\n            possessorIsPurchaser\n            recoveredOutOfState\n          }\n        }\n      }\n    }\n  }\n": typeof types.PeopleRecoveriesFromDocument,
    "\n  query PeopleAssociates($id: NonEmptyString!, $after: String) {\n    person(id: $id) {\n      associates(first: 10, after: $after) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          node {\n            source\n            since\n            person {\n              id: personId\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.PeopleAssociatesDocument,
    "\n  query PeopleTracedFirearms($l: NonEmptyString!, $after: String) {\n    ffl(license: $l) {\n      tracedFirearms(first: 10, after: $after) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          node {\n            id: firearmId\n          }\n        }\n      }\n    }\n  }\n": typeof types.PeopleTracedFirearmsDocument,
    "\n      query People1($id: NonEmptyString!) {\n        person(id: $id) {\n          id: personId\n          firstName\n          lastName\n          dateOfBirth\n          address\n          city\n          state\n        }\n      }\n    ": typeof types.People1Document,
    "\n  query Chain($id: NonEmptyString!) {\n    firearm(id: $id) {\n      id: firearmId\n      traceChain {\n        dealer {\n          license\n          state\n        }\n        sale {\n          soldOn\n          purchaser {\n            id: personId\n          }\n          dealer {\n            license\n          }\n        }\n        purchaser {\n          id: personId\n          firstName\n          lastName\n          dateOfBirth\n          state\n        }\n        timeToCrimeDays\n        timeToCrimeIndicator\n        timeToFirstShootingDays\n        recoveries {\n          recoveredOn\n          state\n          timeToCrimeDays\n          timeToCrimeIndicator\n          possessorIsPurchaser\n          recoveredOutOfState\n          possessor {\n            id: personId\n            firstName\n          }\n          agency {\n            ori\n          }\n          traces {\n            id: traceId\n            outcome\n            requestedAt\n            resolvedDealer {\n              license\n            }\n            resolvedPurchaser {\n              id: personId\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.ChainDocument,
    "\n          query TraceChain1($id: NonEmptyString!) {\n            firearm(id: $id) {\n              shootings {\n                occurredAt\n              }\n              traceChain {\n                sale {\n                  soldOn\n                }\n                firstShootingAt\n                timeToFirstShootingDays\n              }\n            }\n          }\n        ": typeof types.TraceChain1Document,
    "\n  mutation ImportNibin($records: [ImportRecordInput!]!) {\n    importRecords(records: $records) {\n      accepted\n    }\n  }\n": typeof types.ImportNibinDocument,
    "\n  query Shootings($id: NonEmptyString!) {\n    firearm(id: $id) {\n      shootings {\n        id: sceneId\n      }\n      casings {\n        evidenceId\n      }\n      traceChain {\n        timeToFirstShootingDays\n        firstShootingAt\n      }\n    }\n  }\n": typeof types.ShootingsDocument,
    "\n        mutation RestartImport($r: [ImportRecordInput!]!) {\n          importRecords(records: $r) {\n            accepted\n          }\n        }\n      ": typeof types.RestartImportDocument,
    "\n        mutation RestartAddWatch($k: NonEmptyString!) {\n          addWatch(kind: SERIES, key: $k) {\n            id\n          }\n        }\n      ": typeof types.RestartAddWatchDocument,
    "\n        mutation RestartConfirm($id: NonEmptyString!) {\n          confirmLead(leadId: $id) {\n            id\n          }\n        }\n      ": typeof types.RestartConfirmDocument,
    "\n        mutation RestartRefer($id: NonEmptyString!) {\n          referLead(leadId: $id, assignee: \"det-restart\") {\n            id\n          }\n        }\n      ": typeof types.RestartReferDocument,
    "\n        query RestartDown {\n          lead(id: \"x\") {\n            id\n          }\n        }\n      ": typeof types.RestartDownDocument,
    "\n          query RestartLeadStatus($id: NonEmptyString!) {\n            lead(id: $id) {\n              status\n            }\n          }\n        ": typeof types.RestartLeadStatusDocument,
    "\n        mutation RestartOutcome($id: NonEmptyString!) {\n          recordLeadOutcome(leadId: $id, outcome: ARREST) {\n            id\n          }\n        }\n      ": typeof types.RestartOutcomeDocument,
    "\n  query Triage($ori: NonEmptyString, $after: String) {\n    leadTriage(agencyOri: $ori, from: \"2025-01-01T00:00:00Z\", to: \"2025-06-01T00:00:00Z\", first: 3, after: $after) {\n      totalCount\n      edges {\n        node {\n          rank\n          score\n          factors {\n            factor\n            value\n            weight\n            points\n            why\n          }\n          lead {\n            id: leadId\n            status\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.TriageDocument,
    "\n        query Brief($ori: NonEmptyString!) {\n          dailyBrief(agencyOri: $ori, from: \"2025-04-01T00:00:00Z\", to: \"2025-05-10T00:00:00Z\") {\n            gunsRecovered\n            casingsEntered\n            casingsEnteredLate\n            newLeadCount\n            newLeads {\n              id: leadId\n            }\n            newHitCount\n            crossAgencyHits {\n              id: leadId\n            }\n            overdueReferralCount\n          }\n        }\n      ": typeof types.BriefDocument,
    "\n        query Triage1 {\n          dailyBrief(agencyOri: \"NY0303000\", from: \"2025-02-01T00:00:00Z\", to: \"2025-01-01T00:00:00Z\") {\n            gunsRecovered\n          }\n        }\n      ": typeof types.Triage1Document,
    "\n  fragment WorkflowLeadFields on Lead {\n    id\n    status\n    reviewedAt\n    workflow {\n      stage\n      reviewedBy\n      assignee\n      dueAt\n      referredAt\n      outcome\n      closedAt\n    }\n    timeliness {\n      recoveryToEntryHours\n      entryToCorrelationHours\n      correlationToReviewHours\n      reviewToReferralHours\n      entryLate\n      referralOverdue\n      actionOverdue\n      overdue\n    }\n  }\n": typeof types.WorkflowLeadFieldsFragmentDoc,
    "\n  mutation ConfirmLead($id: NonEmptyString!) {\n    confirmLead(leadId: $id, note: \"same breech face\") {\n      ...WorkflowLeadFields\n    }\n  }\n": typeof types.ConfirmLeadDocument,
    "\n  mutation RejectLead($id: NonEmptyString!) {\n    rejectLead(leadId: $id) {\n      ...WorkflowLeadFields\n    }\n  }\n": typeof types.RejectLeadDocument,
    "\n  mutation ReopenLead($id: NonEmptyString!, $reason: NonEmptyString!) {\n    reopenLead(leadId: $id, reason: $reason) {\n      ...WorkflowLeadFields\n    }\n  }\n": typeof types.ReopenLeadDocument,
    "\n  mutation ReferLead($id: NonEmptyString!, $assignee: NonEmptyString!) {\n    referLead(leadId: $id, assignee: $assignee) {\n      ...WorkflowLeadFields\n    }\n  }\n": typeof types.ReferLeadDocument,
    "\n  mutation RecordLeadOutcome($id: NonEmptyString!, $outcome: LeadOutcome!) {\n    recordLeadOutcome(leadId: $id, outcome: $outcome) {\n      ...WorkflowLeadFields\n    }\n  }\n": typeof types.RecordLeadOutcomeDocument,
    "\n  mutation CloseLead($id: NonEmptyString!) {\n    closeLead(leadId: $id) {\n      ...WorkflowLeadFields\n    }\n  }\n": typeof types.CloseLeadDocument,
    "\n  query History($id: NonEmptyString!, $after: String) {\n    lead(id: $id) {\n      history(first: 2, after: $after) {\n        totalCount\n        edges {\n          node {\n            n\n            action\n            actor\n            fromStatus\n            toStatus\n            note\n            assignee\n            outcome\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n": typeof types.HistoryDocument,
    "\n  fragment LinkChartFields on LinkChart {\n    nodes {\n      id\n      kind\n      label\n      properties\n      riskScore\n      distance\n    }\n    edges {\n      id\n      source\n      target\n      kind\n      properties\n      at\n    }\n    truncated\n    omitted {\n      nodes\n      edges\n      byKind {\n        kind\n        count\n      }\n      cutAt\n      stoppedAtDepth\n    }\n  }\n": typeof types.LinkChartFieldsFragmentDoc,
    "\n  query LinkChart($seeds: [ID!]!, $depth: Int, $limit: Int, $include: [RelationshipKind!], $from: DateTime, $to: DateTime) {\n    linkChart(seeds: $seeds, depth: $depth, limit: $limit, include: $include, from: $from, to: $to) {\n      ...LinkChartFields\n    }\n  }\n": typeof types.LinkChartDocument,
    "\n  query Expand($nodeId: ID!, $include: [RelationshipKind!], $limit: Int, $known: [ID!]) {\n    expand(nodeId: $nodeId, include: $include, limit: $limit, known: $known) {\n      ...LinkChartFields\n    }\n  }\n": typeof types.ExpandDocument,
    "\n  query Paths($from: ID!, $to: ID!, $maxHops: Int, $include: [RelationshipKind!], $timeOrdered: Boolean) {\n    shortestPaths(from: $from, to: $to, maxHops: $maxHops, include: $include, timeOrdered: $timeOrdered) {\n      hops\n      truncated\n      timeOrdered\n      paths {\n        nodeIds\n        edgeIds\n        hops\n        startsAt\n        endsAt\n      }\n      chart {\n        ...LinkChartFields\n      }\n    }\n  }\n": typeof types.PathsDocument,
    "\n  query Central($seeds: [ID!], $filter: SeedFilter, $depth: Int, $include: [RelationshipKind!], $orderBy: CentralityMeasure, $first: Int) {\n    mostConnected(seeds: $seeds, filter: $filter, depth: $depth, include: $include, orderBy: $orderBy, first: $first) {\n      chartNodes\n      chartEdges\n      truncated\n      seeds\n      nodes {\n        rank\n        degree\n        pageRank\n        betweenness\n        node {\n          id\n          kind\n          label\n        }\n      }\n    }\n  }\n": typeof types.CentralDocument,
    "\n      query PathsCentrality1($id: ID!) {\n        expand(nodeId: $id, include: [OF_FIREARM]) {\n          nodes {\n            id\n            kind\n            properties\n          }\n        }\n      }\n    ": typeof types.PathsCentrality1Document,
    "\n  mutation ImportedCases1($records: [ImportRecordInput!]!) {\n    importRecords(records: $records) {\n      accepted\n    }\n  }\n": typeof types.ImportedCases1Document,
    "\n  query ImportedCases2($filter: TraffickingNetworkFilter) {\n    traffickingNetworks(first: 40, filter: $filter) {\n      edges {\n        node {\n          id\n          typology\n          evidence\n          strawPurchasers\n          members(first: 20) {\n            edges {\n              node {\n                personId\n                role\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.ImportedCases2Document,
    "\n  query Networks1($first: Int, $after: String, $filter: TraffickingNetworkFilter) {\n    traffickingNetworks(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          rank\n          size\n          method\n          typology\n          corridor\n          evidence\n          strawPurchasers\n          repeatStrawPurchasers\n          outOfStateShare\n          brokers\n          possessors\n          traffickedGuns\n          firearmCount\n          dealerCount\n          sourceStates\n          destinationStates\n          firstActivity\n          lastActivity\n          computedAt\n          members(first: 100) {\n            totalCount\n            edges {\n              node {\n                personId\n                role\n                centrality\n                betweenness\n                person {\n                  id: personId\n                  lastName\n                }\n              }\n            }\n          }\n          dealers(first: 100) {\n            totalCount\n            edges {\n              node {\n                license\n                guns\n                ffl {\n                  license\n                }\n              }\n            }\n          }\n          firearms(first: 1) {\n            totalCount\n          }\n        }\n      }\n    }\n  }\n": typeof types.Networks1Document,
    "\n      query Networks2($id: ID!, $after: String) {\n        network(id: $id) {\n          id\n          members(first: 2, after: $after) {\n            totalCount\n            pageInfo {\n              hasNextPage\n              endCursor\n            }\n            edges {\n              node {\n                personId\n              }\n            }\n          }\n        }\n      }\n    ": typeof types.Networks2Document,
    "\n        query Networks3 {\n          network(id: \"NET-000000000000\") {\n            id\n          }\n        }\n      ": typeof types.Networks3Document,
    "\n      query Networks4($id: NonEmptyString!) {\n        person(id: $id) {\n          id: personId\n          network {\n            role\n            centrality\n            network {\n              id\n              size\n            }\n          }\n          strawPurchaseIndicators {\n            purchases\n            multipleSales\n            dealersUsed\n            gunsRecovered\n            recoveredFromOthersShortTtc\n            recoveredOutOfState\n            signals\n            flagged\n          }\n        }\n      }\n    ": typeof types.Networks4Document,
    "\n          query Networks5 {\n            traffickingNetworks(first: 1) {\n              totalCount\n            }\n          }\n        ": typeof types.Networks5Document,
    "\n            query NetworksWithoutGds {\n              traffickingNetworks(first: 5) {\n                totalCount\n              }\n            }\n          ": typeof types.NetworksWithoutGdsDocument,
    "\n            query NetworkWithoutGds {\n              network(id: \"NET-x\") {\n                id\n              }\n            }\n          ": typeof types.NetworkWithoutGdsDocument,
    "\n          query Networks6($id: NonEmptyString!) {\n            person(id: $id) {\n              id: personId\n              strawPurchaseIndicators {\n                purchases\n              }\n              network {\n                role\n              }\n            }\n          }\n        ": typeof types.Networks6Document,
    "\n          query Networks7 {\n            highRiskDealers(first: 3) {\n              totalCount\n              edges {\n                node {\n                  score\n                }\n              }\n            }\n          }\n        ": typeof types.Networks7Document,
    "\n  query Typologies3($first: Int, $after: String, $typology: String) {\n    flaggedPurchasers(first: $first, after: $after, typology: $typology) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          personId\n          rank\n          score\n          strawGuns\n          veryShortGuns\n          purchaseEvents\n          networkId\n          typology\n          evidence\n          person {\n            id\n            lastName\n          }\n        }\n      }\n    }\n  }\n": typeof types.Typologies3Document,
    "\n        query Typologies1 {\n          traffickingNetworks(first: 20, filter: { typology: \"RECEIVER_HUB\" }) {\n            edges {\n              node {\n                evidence\n                members(first: 30) {\n                  edges {\n                    node {\n                      personId\n                      role\n                      evidence\n                    }\n                  }\n                }\n              }\n            }\n          }\n        }\n      ": typeof types.Typologies1Document,
    "\n        query Typologies2($l: NonEmptyString!) {\n          dealerRiskSubgraph(license: $l, depth: 2, limit: 1000) {\n            nodes {\n              id\n              kind\n              properties\n            }\n            edges {\n              source\n              target\n              kind\n            }\n          }\n        }\n      ": typeof types.Typologies2Document,
    "\n          query Typologies4 {\n            flaggedPurchasers(first: 1) {\n              totalCount\n            }\n          }\n        ": typeof types.Typologies4Document,
    "\n  query NodeChain($id: NonEmptyString!) {\n    firearm(id: $id) {\n      __typename\n      id\n      firearmId\n      traceChain {\n        manufacturer {\n          __typename\n          id\n          name\n        }\n        dealer {\n          __typename\n          id\n          license\n        }\n        sale {\n          __typename\n          id\n          saleId\n        }\n        purchaser {\n          __typename\n          id\n          personId\n        }\n        recoveries {\n          __typename\n          id\n          recoveryId\n          agency {\n            __typename\n            id\n            ori\n          }\n          traces {\n            __typename\n            id\n            traceId\n          }\n        }\n      }\n      shootings {\n        __typename\n        id\n        sceneId\n      }\n      casings {\n        __typename\n        id\n        evidenceId\n        leads {\n          __typename\n          id\n          leadId\n        }\n      }\n    }\n  }\n": typeof types.NodeChainDocument,
    "\n      query Refetch($id: ID!) {\n        node(id: $id) {\n          __typename\n          id\n          ... on Agency {\n            ori\n          }\n          ... on Casing {\n            evidenceId\n          }\n          ... on Ffl {\n            license\n          }\n          ... on Manufacturer {\n            name\n          }\n          ... on Firearm {\n            firearmId\n          }\n          ... on Person {\n            personId\n          }\n          ... on Sale {\n            saleId\n          }\n          ... on Recovery {\n            recoveryId\n          }\n          ... on Trace {\n            traceId\n          }\n          ... on Scene {\n            sceneId\n          }\n          ... on Lead {\n            leadId\n          }\n        }\n      }\n    ": typeof types.RefetchDocument,
    "\n        query NodesInOrder($ids: [ID!]!) {\n          nodes(ids: $ids) {\n            __typename\n            id\n          }\n        }\n      ": typeof types.NodesInOrderDocument,
    "\n        query Node1 {\n          node(id: \"Casing:EV-NO-SUCH\") {\n            id\n          }\n        }\n      ": typeof types.Node1Document,
    "\n          query Node2($id: ID!) {\n            node(id: $id) {\n              id\n            }\n          }\n        ": typeof types.Node2Document,
    "\n        query Node3($ids: [ID!]!) {\n          nodes(ids: $ids) {\n            id\n          }\n        }\n      ": typeof types.Node3Document,
    "\n        query Node4($ids: [ID!]!) {\n          nodes(ids: $ids) {\n            id\n          }\n        }\n      ": typeof types.Node4Document,
    "\n        query NodeAsIngest($id: ID!) {\n          node(id: $id) {\n            id\n          }\n        }\n      ": typeof types.NodeAsIngestDocument,
    "\n  query MetricsViewer {\n    viewer {\n      subject\n    }\n  }\n": typeof types.MetricsViewerDocument,
    "\n        query MetricsForbidden {\n          auditEvents(first: 1) {\n            totalCount\n          }\n        }\n      ": typeof types.MetricsForbiddenDocument,
    "\n  query DealerRisk1($first: Int, $after: String, $filter: HighRiskDealerFilter) {\n    highRiskDealers(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          license\n          state\n          licenseType\n          rank\n          score\n          traces\n          computedAt\n          indicators {\n            key\n            value\n            percentile\n            weight\n            contribution\n            peerGroup\n            peerCount\n          }\n          topIndicators(count: 3) {\n            key\n            value\n            percentile\n            weight\n            contribution\n            peerGroup\n            peerCount\n          }\n        }\n      }\n    }\n  }\n": typeof types.DealerRisk1Document,
    "\n      query DealerRisk2($license: NonEmptyString!, $first: Int, $after: String, $indicator: RiskIndicatorKey) {\n        ffl(license: $license) {\n          risk {\n            traces\n            evidence(first: $first, after: $after, indicator: $indicator) {\n              totalCount\n              pageInfo {\n                hasNextPage\n                endCursor\n              }\n              edges {\n                node {\n                  traceId\n                  requestedAt\n                  flags\n                  timeToCrimeDays\n                }\n              }\n            }\n          }\n        }\n      }\n    ": typeof types.DealerRisk2Document,
    "\n        query DealerRisk3($l: NonEmptyString!) {\n          ffl(license: $l) {\n            license\n            risk {\n              rank\n              score\n              computedAt\n            }\n          }\n        }\n      ": typeof types.DealerRisk3Document,
    "\n          query DealerRisk4 {\n            highRiskDealers(first: 1) {\n              totalCount\n            }\n          }\n        ": typeof types.DealerRisk4Document,
    "\n          query DealerRisk5 {\n            highRiskDealers(first: 1) {\n              totalCount\n            }\n            ffls(first: 1) {\n              edges {\n                node {\n                  risk {\n                    score\n                  }\n                }\n              }\n            }\n          }\n        ": typeof types.DealerRisk5Document,
    "\n        query DealerRisk6 {\n          highRiskDealers(first: 1) {\n            totalCount\n          }\n        }\n      ": typeof types.DealerRisk6Document,
    "\n    query DealerRisk7($l: NonEmptyString!, $d: Int, $n: Int) {\n      dealerRiskSubgraph(license: $l, depth: $d, limit: $n) {\n        truncated\n        omitted {\n          nodes\n          byKind {\n            kind\n            count\n          }\n        }\n        nodes {\n          id\n          kind\n          label\n          properties\n          riskScore\n        }\n        edges {\n          id\n          source\n          target\n          kind\n          at\n        }\n      }\n    }\n  ": typeof types.DealerRisk7Document,
    "\n  mutation InventoryLoss1($records: [ImportRecordInput!]!) {\n    importRecords(records: $records) {\n      accepted\n    }\n  }\n": typeof types.InventoryLoss1Document,
    "\n  query InventoryLoss2($l: NonEmptyString!) {\n    ffl(license: $l) {\n      risk {\n        indicators {\n          key\n          value\n          detail\n        }\n        evidence(first: 10, indicator: NO_RECORD_TRACES) {\n          totalCount\n          edges {\n            node {\n              traceId\n              flags\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.InventoryLoss2Document,
    "\n  query SplitRingCandidates($after: String) {\n    duplicateCandidates(status: OPEN, first: 100, after: $after) {\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          score\n          personA {\n            personId\n          }\n          personB {\n            personId\n          }\n        }\n      }\n    }\n  }\n": typeof types.SplitRingCandidatesDocument,
    "\n  mutation SplitRingConfirm($id: ID!) {\n    confirmSamePerson(candidateId: $id, note: \"same home address, same broker in both investigations\") {\n      id\n      status\n    }\n  }\n": typeof types.SplitRingConfirmDocument,
    "\n  mutation SplitRingReopen($id: ID!) {\n    reopenDuplicateCandidate(candidateId: $id, note: \"test finished\") {\n      id\n      status\n    }\n  }\n": typeof types.SplitRingReopenDocument,
    "\n  query SplitRingNetwork($id: ID!) {\n    network(id: $id) {\n      id\n      evidence\n      members(first: 100) {\n        edges {\n          node {\n            role\n            evidence\n            personId\n          }\n        }\n      }\n    }\n  }\n": typeof types.SplitRingNetworkDocument,
    "\n        mutation DeadlineRetry($records: [ImportRecordInput!]!) {\n          importRecords(records: $records) {\n            accepted\n          }\n        }\n      ": typeof types.DeadlineRetryDocument,
    "\n        query Deadline1 {\n          serviceInfo {\n            version\n            neo4jVersion\n          }\n        }\n      ": typeof types.Deadline1Document,
    "\n          query Deadline2 {\n            ffls(first: 50) {\n              edges {\n                node {\n                  license\n                }\n              }\n            }\n          }\n        ": typeof types.Deadline2Document,
    "\n          query Deadline3 {\n            viewer {\n              subject\n            }\n          }\n        ": typeof types.Deadline3Document,
    "\n        query Limits1 {\n          serviceInfo {\n            version\n            neo4jVersion\n          }\n          viewer {\n            subject\n          }\n        }\n      ": typeof types.Limits1Document,
    "\n        query Roles1($id: ID!) {\n          auditEvents(filter: { personId: $id }, first: 100) {\n            edges {\n              node {\n                outcome\n                roles\n              }\n            }\n          }\n        }\n      ": typeof types.Roles1Document,
    "\n          query Tokens1 {\n            __schema {\n              queryType {\n                name\n              }\n            }\n          }\n        ": typeof types.Tokens1Document,
    "\n  query SeedAudit1($s: String) {\n    auditEvents(filter: { subject: $s }) {\n      edges {\n        node {\n          subject\n          agencyOri\n          sourceAddress\n          operation\n          documentHash\n          personIds\n          outcome\n          errorCodes\n          wrote\n          recordsRead\n          recordsAccepted\n          recordsRejected\n        }\n      }\n    }\n  }\n": typeof types.SeedAudit1Document,
    "\n        query ChartSearchGun($id: ID!) {\n          node(id: $id) {\n            ... on Firearm {\n              serial\n            }\n          }\n        }\n      ": typeof types.ChartSearchGunDocument,
    "\n        query ChartSearchPerson($id: ID!) {\n          node(id: $id) {\n            ... on Person {\n              firstName\n              lastName\n            }\n          }\n        }\n      ": typeof types.ChartSearchPersonDocument,
};
const documents: Documents = {
    "\n  query Recovery1 {\n    serviceInfo {\n      neo4jVersion\n    }\n  }\n": types.Recovery1Document,
    "\n        query Server1 {\n          serviceInfo {\n            neo4jVersion\n            neo4jEdition\n            gdsVersion\n            apocVersion\n          }\n        }\n      ": types.Server1Document,
    "\n        query Server2 {\n          serviceInfo {\n            neo4jVersion\n          }\n        }\n      ": types.Server2Document,
    "\n          mutation InvestigationImportScene($records: [ImportRecordInput!]!) {\n            importRecords(records: $records) {\n              accepted\n            }\n          }\n        ": types.InvestigationImportSceneDocument,
    "\n        query Errors1 {\n          firearmBySerial(serial: \"INVTEST-NO-SERIAL\") {\n            id: firearmId\n          }\n        }\n      ": types.Errors1Document,
    "\n        query Errors2($lic: NonEmptyString!, $ori: NonEmptyString!, $pid: NonEmptyString!, $fid: NonEmptyString!, $ev: NonEmptyString!, $sid: NonEmptyString!) {\n          ffl(license: $lic) {\n            license\n          }\n          agency(ori: $ori) {\n            ori\n          }\n          person(id: $pid) {\n            id: personId\n          }\n          firearm(id: $fid) {\n            id: firearmId\n            serial\n          }\n          casing(evidenceId: $ev) {\n            evidenceId\n          }\n          scene(id: $sid) {\n            id: sceneId\n          }\n        }\n      ": types.Errors2Document,
    "\n        query Errors3($s: NonEmptyString!) {\n          firearmBySerial(serial: $s) {\n            id: firearmId\n          }\n        }\n      ": types.Errors3Document,
    "\n        query Errors4 {\n          scenes(filter: { near: { latitude: 123, longitude: 0, radiusKm: 1 } }) {\n            totalCount\n          }\n        }\n      ": types.Errors4Document,
    "\n        query Errors5 {\n          ffls(first: 1) {\n            pageInfo {\n              endCursor\n            }\n          }\n        }\n      ": types.Errors5Document,
    "\n  query NibinLinked($evidenceId: NonEmptyString!, $includeUnreviewed: Boolean, $maxHops: Int) {\n    casing(evidenceId: $evidenceId) {\n      evidenceId\n      scene {\n        id: sceneId\n        agency {\n          ori\n        }\n      }\n      linkedScenes(includeUnreviewed: $includeUnreviewed, maxHops: $maxHops) {\n        scene {\n          id: sceneId\n          occurredAt\n        }\n        agency {\n          ori\n        }\n        evidenceIds\n        distanceKm\n        daysSincePrevious\n        otherJurisdiction\n      }\n      linkedCasings(includeUnreviewed: $includeUnreviewed, maxHops: $maxHops) {\n        casing {\n          evidenceId\n        }\n        hops\n        throughFirearm\n      }\n    }\n  }\n": types.NibinLinkedDocument,
    "\n          query NibinFirearmShootings($id: NonEmptyString!) {\n            firearm(id: $id) {\n              shootings {\n                id: sceneId\n              }\n              casings {\n                evidenceId\n              }\n              testFires {\n                evidenceId\n              }\n            }\n          }\n        ": types.NibinFirearmShootingsDocument,
    "\n        query NibinCasingLeads($e: NonEmptyString!) {\n          casing(evidenceId: $e) {\n            all: leads {\n              id: leadId\n              status\n              otherCasing {\n                evidenceId\n              }\n            }\n            rejected: leads(status: REJECTED) {\n              id: leadId\n            }\n          }\n        }\n      ": types.NibinCasingLeadsDocument,
    "\n  query PaginationScenes($first: Int, $after: String) {\n    scenes(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        hasPreviousPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id: sceneId\n          occurredAt\n        }\n      }\n    }\n  }\n": types.PaginationScenesDocument,
    "\n      query Pagination1($l: NonEmptyString!, $after: String) {\n        ffl(license: $l) {\n          sales(first: 3, after: $after) {\n            totalCount\n            pageInfo {\n              hasNextPage\n              endCursor\n            }\n            edges {\n              node {\n                id: saleId\n                soldOn\n              }\n            }\n          }\n        }\n      }\n    ": types.Pagination1Document,
    "\n      query Pagination2($s: String, $after: String) {\n        ffls(filter: { state: $s }, first: 100, after: $after) {\n          totalCount\n          pageInfo {\n            hasNextPage\n            endCursor\n          }\n          edges {\n            node {\n              license\n              state\n            }\n          }\n        }\n      }\n    ": types.Pagination2Document,
    "\n        query Pagination3($id: NonEmptyString!) {\n          scene(id: $id) {\n            location {\n              latitude\n              longitude\n            }\n          }\n        }\n      ": types.Pagination3Document,
    "\n        query Pagination4($lat: Latitude!, $lon: Longitude!) {\n          scenes(filter: { near: { latitude: $lat, longitude: $lon, radiusKm: 3 } }, first: 100) {\n            totalCount\n            edges {\n              node {\n                id: sceneId\n                location {\n                  latitude\n                  longitude\n                }\n              }\n            }\n          }\n        }\n      ": types.Pagination4Document,
    "\n        query PaginationTestFires($after: String) {\n          casings(filter: { testFire: true }, first: 100, after: $after) {\n            totalCount\n            pageInfo {\n              hasNextPage\n              endCursor\n            }\n            edges {\n              node {\n                evidenceId\n                testFire\n                recoveredAt\n              }\n            }\n          }\n        }\n      ": types.PaginationTestFiresDocument,
    "\n        query PaginationRevolvers($after: String) {\n          firearms(filter: { kinds: [REVOLVER] }, first: 100, after: $after) {\n            totalCount\n            pageInfo {\n              hasNextPage\n              endCursor\n            }\n            edges {\n              node {\n                id: firearmId\n                kind\n              }\n            }\n          }\n        }\n      ": types.PaginationRevolversDocument,
    "\n  query PeoplePurchases($id: NonEmptyString!, $after: String) {\n    person(id: $id) {\n      purchases(first: 10, after: $after) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          node {\n            id: saleId\n            soldOn\n            dealer {\n              license\n            }\n            firearm {\n              id: firearmId\n            }\n          }\n        }\n      }\n    }\n  }\n": types.PeoplePurchasesDocument,
    "\n  query PeopleRecoveriesFrom($id: NonEmptyString!, $after: String) {\n    person(id: $id) {\n      recoveriesFrom(first: 10, after: $after) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          node {\n            id: recoveryId\n            firearm {\n              id: firearmId\n            }\n            possessorIsPurchaser\n            recoveredOutOfState\n          }\n        }\n      }\n    }\n  }\n": types.PeopleRecoveriesFromDocument,
    "\n  query PeopleAssociates($id: NonEmptyString!, $after: String) {\n    person(id: $id) {\n      associates(first: 10, after: $after) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          node {\n            source\n            since\n            person {\n              id: personId\n            }\n          }\n        }\n      }\n    }\n  }\n": types.PeopleAssociatesDocument,
    "\n  query PeopleTracedFirearms($l: NonEmptyString!, $after: String) {\n    ffl(license: $l) {\n      tracedFirearms(first: 10, after: $after) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          node {\n            id: firearmId\n          }\n        }\n      }\n    }\n  }\n": types.PeopleTracedFirearmsDocument,
    "\n      query People1($id: NonEmptyString!) {\n        person(id: $id) {\n          id: personId\n          firstName\n          lastName\n          dateOfBirth\n          address\n          city\n          state\n        }\n      }\n    ": types.People1Document,
    "\n  query Chain($id: NonEmptyString!) {\n    firearm(id: $id) {\n      id: firearmId\n      traceChain {\n        dealer {\n          license\n          state\n        }\n        sale {\n          soldOn\n          purchaser {\n            id: personId\n          }\n          dealer {\n            license\n          }\n        }\n        purchaser {\n          id: personId\n          firstName\n          lastName\n          dateOfBirth\n          state\n        }\n        timeToCrimeDays\n        timeToCrimeIndicator\n        timeToFirstShootingDays\n        recoveries {\n          recoveredOn\n          state\n          timeToCrimeDays\n          timeToCrimeIndicator\n          possessorIsPurchaser\n          recoveredOutOfState\n          possessor {\n            id: personId\n            firstName\n          }\n          agency {\n            ori\n          }\n          traces {\n            id: traceId\n            outcome\n            requestedAt\n            resolvedDealer {\n              license\n            }\n            resolvedPurchaser {\n              id: personId\n            }\n          }\n        }\n      }\n    }\n  }\n": types.ChainDocument,
    "\n          query TraceChain1($id: NonEmptyString!) {\n            firearm(id: $id) {\n              shootings {\n                occurredAt\n              }\n              traceChain {\n                sale {\n                  soldOn\n                }\n                firstShootingAt\n                timeToFirstShootingDays\n              }\n            }\n          }\n        ": types.TraceChain1Document,
    "\n  mutation ImportNibin($records: [ImportRecordInput!]!) {\n    importRecords(records: $records) {\n      accepted\n    }\n  }\n": types.ImportNibinDocument,
    "\n  query Shootings($id: NonEmptyString!) {\n    firearm(id: $id) {\n      shootings {\n        id: sceneId\n      }\n      casings {\n        evidenceId\n      }\n      traceChain {\n        timeToFirstShootingDays\n        firstShootingAt\n      }\n    }\n  }\n": types.ShootingsDocument,
    "\n        mutation RestartImport($r: [ImportRecordInput!]!) {\n          importRecords(records: $r) {\n            accepted\n          }\n        }\n      ": types.RestartImportDocument,
    "\n        mutation RestartAddWatch($k: NonEmptyString!) {\n          addWatch(kind: SERIES, key: $k) {\n            id\n          }\n        }\n      ": types.RestartAddWatchDocument,
    "\n        mutation RestartConfirm($id: NonEmptyString!) {\n          confirmLead(leadId: $id) {\n            id\n          }\n        }\n      ": types.RestartConfirmDocument,
    "\n        mutation RestartRefer($id: NonEmptyString!) {\n          referLead(leadId: $id, assignee: \"det-restart\") {\n            id\n          }\n        }\n      ": types.RestartReferDocument,
    "\n        query RestartDown {\n          lead(id: \"x\") {\n            id\n          }\n        }\n      ": types.RestartDownDocument,
    "\n          query RestartLeadStatus($id: NonEmptyString!) {\n            lead(id: $id) {\n              status\n            }\n          }\n        ": types.RestartLeadStatusDocument,
    "\n        mutation RestartOutcome($id: NonEmptyString!) {\n          recordLeadOutcome(leadId: $id, outcome: ARREST) {\n            id\n          }\n        }\n      ": types.RestartOutcomeDocument,
    "\n  query Triage($ori: NonEmptyString, $after: String) {\n    leadTriage(agencyOri: $ori, from: \"2025-01-01T00:00:00Z\", to: \"2025-06-01T00:00:00Z\", first: 3, after: $after) {\n      totalCount\n      edges {\n        node {\n          rank\n          score\n          factors {\n            factor\n            value\n            weight\n            points\n            why\n          }\n          lead {\n            id: leadId\n            status\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.TriageDocument,
    "\n        query Brief($ori: NonEmptyString!) {\n          dailyBrief(agencyOri: $ori, from: \"2025-04-01T00:00:00Z\", to: \"2025-05-10T00:00:00Z\") {\n            gunsRecovered\n            casingsEntered\n            casingsEnteredLate\n            newLeadCount\n            newLeads {\n              id: leadId\n            }\n            newHitCount\n            crossAgencyHits {\n              id: leadId\n            }\n            overdueReferralCount\n          }\n        }\n      ": types.BriefDocument,
    "\n        query Triage1 {\n          dailyBrief(agencyOri: \"NY0303000\", from: \"2025-02-01T00:00:00Z\", to: \"2025-01-01T00:00:00Z\") {\n            gunsRecovered\n          }\n        }\n      ": types.Triage1Document,
    "\n  fragment WorkflowLeadFields on Lead {\n    id\n    status\n    reviewedAt\n    workflow {\n      stage\n      reviewedBy\n      assignee\n      dueAt\n      referredAt\n      outcome\n      closedAt\n    }\n    timeliness {\n      recoveryToEntryHours\n      entryToCorrelationHours\n      correlationToReviewHours\n      reviewToReferralHours\n      entryLate\n      referralOverdue\n      actionOverdue\n      overdue\n    }\n  }\n": types.WorkflowLeadFieldsFragmentDoc,
    "\n  mutation ConfirmLead($id: NonEmptyString!) {\n    confirmLead(leadId: $id, note: \"same breech face\") {\n      ...WorkflowLeadFields\n    }\n  }\n": types.ConfirmLeadDocument,
    "\n  mutation RejectLead($id: NonEmptyString!) {\n    rejectLead(leadId: $id) {\n      ...WorkflowLeadFields\n    }\n  }\n": types.RejectLeadDocument,
    "\n  mutation ReopenLead($id: NonEmptyString!, $reason: NonEmptyString!) {\n    reopenLead(leadId: $id, reason: $reason) {\n      ...WorkflowLeadFields\n    }\n  }\n": types.ReopenLeadDocument,
    "\n  mutation ReferLead($id: NonEmptyString!, $assignee: NonEmptyString!) {\n    referLead(leadId: $id, assignee: $assignee) {\n      ...WorkflowLeadFields\n    }\n  }\n": types.ReferLeadDocument,
    "\n  mutation RecordLeadOutcome($id: NonEmptyString!, $outcome: LeadOutcome!) {\n    recordLeadOutcome(leadId: $id, outcome: $outcome) {\n      ...WorkflowLeadFields\n    }\n  }\n": types.RecordLeadOutcomeDocument,
    "\n  mutation CloseLead($id: NonEmptyString!) {\n    closeLead(leadId: $id) {\n      ...WorkflowLeadFields\n    }\n  }\n": types.CloseLeadDocument,
    "\n  query History($id: NonEmptyString!, $after: String) {\n    lead(id: $id) {\n      history(first: 2, after: $after) {\n        totalCount\n        edges {\n          node {\n            n\n            action\n            actor\n            fromStatus\n            toStatus\n            note\n            assignee\n            outcome\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n": types.HistoryDocument,
    "\n  fragment LinkChartFields on LinkChart {\n    nodes {\n      id\n      kind\n      label\n      properties\n      riskScore\n      distance\n    }\n    edges {\n      id\n      source\n      target\n      kind\n      properties\n      at\n    }\n    truncated\n    omitted {\n      nodes\n      edges\n      byKind {\n        kind\n        count\n      }\n      cutAt\n      stoppedAtDepth\n    }\n  }\n": types.LinkChartFieldsFragmentDoc,
    "\n  query LinkChart($seeds: [ID!]!, $depth: Int, $limit: Int, $include: [RelationshipKind!], $from: DateTime, $to: DateTime) {\n    linkChart(seeds: $seeds, depth: $depth, limit: $limit, include: $include, from: $from, to: $to) {\n      ...LinkChartFields\n    }\n  }\n": types.LinkChartDocument,
    "\n  query Expand($nodeId: ID!, $include: [RelationshipKind!], $limit: Int, $known: [ID!]) {\n    expand(nodeId: $nodeId, include: $include, limit: $limit, known: $known) {\n      ...LinkChartFields\n    }\n  }\n": types.ExpandDocument,
    "\n  query Paths($from: ID!, $to: ID!, $maxHops: Int, $include: [RelationshipKind!], $timeOrdered: Boolean) {\n    shortestPaths(from: $from, to: $to, maxHops: $maxHops, include: $include, timeOrdered: $timeOrdered) {\n      hops\n      truncated\n      timeOrdered\n      paths {\n        nodeIds\n        edgeIds\n        hops\n        startsAt\n        endsAt\n      }\n      chart {\n        ...LinkChartFields\n      }\n    }\n  }\n": types.PathsDocument,
    "\n  query Central($seeds: [ID!], $filter: SeedFilter, $depth: Int, $include: [RelationshipKind!], $orderBy: CentralityMeasure, $first: Int) {\n    mostConnected(seeds: $seeds, filter: $filter, depth: $depth, include: $include, orderBy: $orderBy, first: $first) {\n      chartNodes\n      chartEdges\n      truncated\n      seeds\n      nodes {\n        rank\n        degree\n        pageRank\n        betweenness\n        node {\n          id\n          kind\n          label\n        }\n      }\n    }\n  }\n": types.CentralDocument,
    "\n      query PathsCentrality1($id: ID!) {\n        expand(nodeId: $id, include: [OF_FIREARM]) {\n          nodes {\n            id\n            kind\n            properties\n          }\n        }\n      }\n    ": types.PathsCentrality1Document,
    "\n  mutation ImportedCases1($records: [ImportRecordInput!]!) {\n    importRecords(records: $records) {\n      accepted\n    }\n  }\n": types.ImportedCases1Document,
    "\n  query ImportedCases2($filter: TraffickingNetworkFilter) {\n    traffickingNetworks(first: 40, filter: $filter) {\n      edges {\n        node {\n          id\n          typology\n          evidence\n          strawPurchasers\n          members(first: 20) {\n            edges {\n              node {\n                personId\n                role\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n": types.ImportedCases2Document,
    "\n  query Networks1($first: Int, $after: String, $filter: TraffickingNetworkFilter) {\n    traffickingNetworks(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          rank\n          size\n          method\n          typology\n          corridor\n          evidence\n          strawPurchasers\n          repeatStrawPurchasers\n          outOfStateShare\n          brokers\n          possessors\n          traffickedGuns\n          firearmCount\n          dealerCount\n          sourceStates\n          destinationStates\n          firstActivity\n          lastActivity\n          computedAt\n          members(first: 100) {\n            totalCount\n            edges {\n              node {\n                personId\n                role\n                centrality\n                betweenness\n                person {\n                  id: personId\n                  lastName\n                }\n              }\n            }\n          }\n          dealers(first: 100) {\n            totalCount\n            edges {\n              node {\n                license\n                guns\n                ffl {\n                  license\n                }\n              }\n            }\n          }\n          firearms(first: 1) {\n            totalCount\n          }\n        }\n      }\n    }\n  }\n": types.Networks1Document,
    "\n      query Networks2($id: ID!, $after: String) {\n        network(id: $id) {\n          id\n          members(first: 2, after: $after) {\n            totalCount\n            pageInfo {\n              hasNextPage\n              endCursor\n            }\n            edges {\n              node {\n                personId\n              }\n            }\n          }\n        }\n      }\n    ": types.Networks2Document,
    "\n        query Networks3 {\n          network(id: \"NET-000000000000\") {\n            id\n          }\n        }\n      ": types.Networks3Document,
    "\n      query Networks4($id: NonEmptyString!) {\n        person(id: $id) {\n          id: personId\n          network {\n            role\n            centrality\n            network {\n              id\n              size\n            }\n          }\n          strawPurchaseIndicators {\n            purchases\n            multipleSales\n            dealersUsed\n            gunsRecovered\n            recoveredFromOthersShortTtc\n            recoveredOutOfState\n            signals\n            flagged\n          }\n        }\n      }\n    ": types.Networks4Document,
    "\n          query Networks5 {\n            traffickingNetworks(first: 1) {\n              totalCount\n            }\n          }\n        ": types.Networks5Document,
    "\n            query NetworksWithoutGds {\n              traffickingNetworks(first: 5) {\n                totalCount\n              }\n            }\n          ": types.NetworksWithoutGdsDocument,
    "\n            query NetworkWithoutGds {\n              network(id: \"NET-x\") {\n                id\n              }\n            }\n          ": types.NetworkWithoutGdsDocument,
    "\n          query Networks6($id: NonEmptyString!) {\n            person(id: $id) {\n              id: personId\n              strawPurchaseIndicators {\n                purchases\n              }\n              network {\n                role\n              }\n            }\n          }\n        ": types.Networks6Document,
    "\n          query Networks7 {\n            highRiskDealers(first: 3) {\n              totalCount\n              edges {\n                node {\n                  score\n                }\n              }\n            }\n          }\n        ": types.Networks7Document,
    "\n  query Typologies3($first: Int, $after: String, $typology: String) {\n    flaggedPurchasers(first: $first, after: $after, typology: $typology) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          personId\n          rank\n          score\n          strawGuns\n          veryShortGuns\n          purchaseEvents\n          networkId\n          typology\n          evidence\n          person {\n            id\n            lastName\n          }\n        }\n      }\n    }\n  }\n": types.Typologies3Document,
    "\n        query Typologies1 {\n          traffickingNetworks(first: 20, filter: { typology: \"RECEIVER_HUB\" }) {\n            edges {\n              node {\n                evidence\n                members(first: 30) {\n                  edges {\n                    node {\n                      personId\n                      role\n                      evidence\n                    }\n                  }\n                }\n              }\n            }\n          }\n        }\n      ": types.Typologies1Document,
    "\n        query Typologies2($l: NonEmptyString!) {\n          dealerRiskSubgraph(license: $l, depth: 2, limit: 1000) {\n            nodes {\n              id\n              kind\n              properties\n            }\n            edges {\n              source\n              target\n              kind\n            }\n          }\n        }\n      ": types.Typologies2Document,
    "\n          query Typologies4 {\n            flaggedPurchasers(first: 1) {\n              totalCount\n            }\n          }\n        ": types.Typologies4Document,
    "\n  query NodeChain($id: NonEmptyString!) {\n    firearm(id: $id) {\n      __typename\n      id\n      firearmId\n      traceChain {\n        manufacturer {\n          __typename\n          id\n          name\n        }\n        dealer {\n          __typename\n          id\n          license\n        }\n        sale {\n          __typename\n          id\n          saleId\n        }\n        purchaser {\n          __typename\n          id\n          personId\n        }\n        recoveries {\n          __typename\n          id\n          recoveryId\n          agency {\n            __typename\n            id\n            ori\n          }\n          traces {\n            __typename\n            id\n            traceId\n          }\n        }\n      }\n      shootings {\n        __typename\n        id\n        sceneId\n      }\n      casings {\n        __typename\n        id\n        evidenceId\n        leads {\n          __typename\n          id\n          leadId\n        }\n      }\n    }\n  }\n": types.NodeChainDocument,
    "\n      query Refetch($id: ID!) {\n        node(id: $id) {\n          __typename\n          id\n          ... on Agency {\n            ori\n          }\n          ... on Casing {\n            evidenceId\n          }\n          ... on Ffl {\n            license\n          }\n          ... on Manufacturer {\n            name\n          }\n          ... on Firearm {\n            firearmId\n          }\n          ... on Person {\n            personId\n          }\n          ... on Sale {\n            saleId\n          }\n          ... on Recovery {\n            recoveryId\n          }\n          ... on Trace {\n            traceId\n          }\n          ... on Scene {\n            sceneId\n          }\n          ... on Lead {\n            leadId\n          }\n        }\n      }\n    ": types.RefetchDocument,
    "\n        query NodesInOrder($ids: [ID!]!) {\n          nodes(ids: $ids) {\n            __typename\n            id\n          }\n        }\n      ": types.NodesInOrderDocument,
    "\n        query Node1 {\n          node(id: \"Casing:EV-NO-SUCH\") {\n            id\n          }\n        }\n      ": types.Node1Document,
    "\n          query Node2($id: ID!) {\n            node(id: $id) {\n              id\n            }\n          }\n        ": types.Node2Document,
    "\n        query Node3($ids: [ID!]!) {\n          nodes(ids: $ids) {\n            id\n          }\n        }\n      ": types.Node3Document,
    "\n        query Node4($ids: [ID!]!) {\n          nodes(ids: $ids) {\n            id\n          }\n        }\n      ": types.Node4Document,
    "\n        query NodeAsIngest($id: ID!) {\n          node(id: $id) {\n            id\n          }\n        }\n      ": types.NodeAsIngestDocument,
    "\n  query MetricsViewer {\n    viewer {\n      subject\n    }\n  }\n": types.MetricsViewerDocument,
    "\n        query MetricsForbidden {\n          auditEvents(first: 1) {\n            totalCount\n          }\n        }\n      ": types.MetricsForbiddenDocument,
    "\n  query DealerRisk1($first: Int, $after: String, $filter: HighRiskDealerFilter) {\n    highRiskDealers(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          license\n          state\n          licenseType\n          rank\n          score\n          traces\n          computedAt\n          indicators {\n            key\n            value\n            percentile\n            weight\n            contribution\n            peerGroup\n            peerCount\n          }\n          topIndicators(count: 3) {\n            key\n            value\n            percentile\n            weight\n            contribution\n            peerGroup\n            peerCount\n          }\n        }\n      }\n    }\n  }\n": types.DealerRisk1Document,
    "\n      query DealerRisk2($license: NonEmptyString!, $first: Int, $after: String, $indicator: RiskIndicatorKey) {\n        ffl(license: $license) {\n          risk {\n            traces\n            evidence(first: $first, after: $after, indicator: $indicator) {\n              totalCount\n              pageInfo {\n                hasNextPage\n                endCursor\n              }\n              edges {\n                node {\n                  traceId\n                  requestedAt\n                  flags\n                  timeToCrimeDays\n                }\n              }\n            }\n          }\n        }\n      }\n    ": types.DealerRisk2Document,
    "\n        query DealerRisk3($l: NonEmptyString!) {\n          ffl(license: $l) {\n            license\n            risk {\n              rank\n              score\n              computedAt\n            }\n          }\n        }\n      ": types.DealerRisk3Document,
    "\n          query DealerRisk4 {\n            highRiskDealers(first: 1) {\n              totalCount\n            }\n          }\n        ": types.DealerRisk4Document,
    "\n          query DealerRisk5 {\n            highRiskDealers(first: 1) {\n              totalCount\n            }\n            ffls(first: 1) {\n              edges {\n                node {\n                  risk {\n                    score\n                  }\n                }\n              }\n            }\n          }\n        ": types.DealerRisk5Document,
    "\n        query DealerRisk6 {\n          highRiskDealers(first: 1) {\n            totalCount\n          }\n        }\n      ": types.DealerRisk6Document,
    "\n    query DealerRisk7($l: NonEmptyString!, $d: Int, $n: Int) {\n      dealerRiskSubgraph(license: $l, depth: $d, limit: $n) {\n        truncated\n        omitted {\n          nodes\n          byKind {\n            kind\n            count\n          }\n        }\n        nodes {\n          id\n          kind\n          label\n          properties\n          riskScore\n        }\n        edges {\n          id\n          source\n          target\n          kind\n          at\n        }\n      }\n    }\n  ": types.DealerRisk7Document,
    "\n  mutation InventoryLoss1($records: [ImportRecordInput!]!) {\n    importRecords(records: $records) {\n      accepted\n    }\n  }\n": types.InventoryLoss1Document,
    "\n  query InventoryLoss2($l: NonEmptyString!) {\n    ffl(license: $l) {\n      risk {\n        indicators {\n          key\n          value\n          detail\n        }\n        evidence(first: 10, indicator: NO_RECORD_TRACES) {\n          totalCount\n          edges {\n            node {\n              traceId\n              flags\n            }\n          }\n        }\n      }\n    }\n  }\n": types.InventoryLoss2Document,
    "\n  query SplitRingCandidates($after: String) {\n    duplicateCandidates(status: OPEN, first: 100, after: $after) {\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          score\n          personA {\n            personId\n          }\n          personB {\n            personId\n          }\n        }\n      }\n    }\n  }\n": types.SplitRingCandidatesDocument,
    "\n  mutation SplitRingConfirm($id: ID!) {\n    confirmSamePerson(candidateId: $id, note: \"same home address, same broker in both investigations\") {\n      id\n      status\n    }\n  }\n": types.SplitRingConfirmDocument,
    "\n  mutation SplitRingReopen($id: ID!) {\n    reopenDuplicateCandidate(candidateId: $id, note: \"test finished\") {\n      id\n      status\n    }\n  }\n": types.SplitRingReopenDocument,
    "\n  query SplitRingNetwork($id: ID!) {\n    network(id: $id) {\n      id\n      evidence\n      members(first: 100) {\n        edges {\n          node {\n            role\n            evidence\n            personId\n          }\n        }\n      }\n    }\n  }\n": types.SplitRingNetworkDocument,
    "\n        mutation DeadlineRetry($records: [ImportRecordInput!]!) {\n          importRecords(records: $records) {\n            accepted\n          }\n        }\n      ": types.DeadlineRetryDocument,
    "\n        query Deadline1 {\n          serviceInfo {\n            version\n            neo4jVersion\n          }\n        }\n      ": types.Deadline1Document,
    "\n          query Deadline2 {\n            ffls(first: 50) {\n              edges {\n                node {\n                  license\n                }\n              }\n            }\n          }\n        ": types.Deadline2Document,
    "\n          query Deadline3 {\n            viewer {\n              subject\n            }\n          }\n        ": types.Deadline3Document,
    "\n        query Limits1 {\n          serviceInfo {\n            version\n            neo4jVersion\n          }\n          viewer {\n            subject\n          }\n        }\n      ": types.Limits1Document,
    "\n        query Roles1($id: ID!) {\n          auditEvents(filter: { personId: $id }, first: 100) {\n            edges {\n              node {\n                outcome\n                roles\n              }\n            }\n          }\n        }\n      ": types.Roles1Document,
    "\n          query Tokens1 {\n            __schema {\n              queryType {\n                name\n              }\n            }\n          }\n        ": types.Tokens1Document,
    "\n  query SeedAudit1($s: String) {\n    auditEvents(filter: { subject: $s }) {\n      edges {\n        node {\n          subject\n          agencyOri\n          sourceAddress\n          operation\n          documentHash\n          personIds\n          outcome\n          errorCodes\n          wrote\n          recordsRead\n          recordsAccepted\n          recordsRejected\n        }\n      }\n    }\n  }\n": types.SeedAudit1Document,
    "\n        query ChartSearchGun($id: ID!) {\n          node(id: $id) {\n            ... on Firearm {\n              serial\n            }\n          }\n        }\n      ": types.ChartSearchGunDocument,
    "\n        query ChartSearchPerson($id: ID!) {\n          node(id: $id) {\n            ... on Person {\n              firstName\n              lastName\n            }\n          }\n        }\n      ": types.ChartSearchPersonDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Recovery1 {\n    serviceInfo {\n      neo4jVersion\n    }\n  }\n"): typeof import('./graphql').Recovery1Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query Server1 {\n          serviceInfo {\n            neo4jVersion\n            neo4jEdition\n            gdsVersion\n            apocVersion\n          }\n        }\n      "): typeof import('./graphql').Server1Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query Server2 {\n          serviceInfo {\n            neo4jVersion\n          }\n        }\n      "): typeof import('./graphql').Server2Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          mutation InvestigationImportScene($records: [ImportRecordInput!]!) {\n            importRecords(records: $records) {\n              accepted\n            }\n          }\n        "): typeof import('./graphql').InvestigationImportSceneDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query Errors1 {\n          firearmBySerial(serial: \"INVTEST-NO-SERIAL\") {\n            id: firearmId\n          }\n        }\n      "): typeof import('./graphql').Errors1Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query Errors2($lic: NonEmptyString!, $ori: NonEmptyString!, $pid: NonEmptyString!, $fid: NonEmptyString!, $ev: NonEmptyString!, $sid: NonEmptyString!) {\n          ffl(license: $lic) {\n            license\n          }\n          agency(ori: $ori) {\n            ori\n          }\n          person(id: $pid) {\n            id: personId\n          }\n          firearm(id: $fid) {\n            id: firearmId\n            serial\n          }\n          casing(evidenceId: $ev) {\n            evidenceId\n          }\n          scene(id: $sid) {\n            id: sceneId\n          }\n        }\n      "): typeof import('./graphql').Errors2Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query Errors3($s: NonEmptyString!) {\n          firearmBySerial(serial: $s) {\n            id: firearmId\n          }\n        }\n      "): typeof import('./graphql').Errors3Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query Errors4 {\n          scenes(filter: { near: { latitude: 123, longitude: 0, radiusKm: 1 } }) {\n            totalCount\n          }\n        }\n      "): typeof import('./graphql').Errors4Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query Errors5 {\n          ffls(first: 1) {\n            pageInfo {\n              endCursor\n            }\n          }\n        }\n      "): typeof import('./graphql').Errors5Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NibinLinked($evidenceId: NonEmptyString!, $includeUnreviewed: Boolean, $maxHops: Int) {\n    casing(evidenceId: $evidenceId) {\n      evidenceId\n      scene {\n        id: sceneId\n        agency {\n          ori\n        }\n      }\n      linkedScenes(includeUnreviewed: $includeUnreviewed, maxHops: $maxHops) {\n        scene {\n          id: sceneId\n          occurredAt\n        }\n        agency {\n          ori\n        }\n        evidenceIds\n        distanceKm\n        daysSincePrevious\n        otherJurisdiction\n      }\n      linkedCasings(includeUnreviewed: $includeUnreviewed, maxHops: $maxHops) {\n        casing {\n          evidenceId\n        }\n        hops\n        throughFirearm\n      }\n    }\n  }\n"): typeof import('./graphql').NibinLinkedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          query NibinFirearmShootings($id: NonEmptyString!) {\n            firearm(id: $id) {\n              shootings {\n                id: sceneId\n              }\n              casings {\n                evidenceId\n              }\n              testFires {\n                evidenceId\n              }\n            }\n          }\n        "): typeof import('./graphql').NibinFirearmShootingsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query NibinCasingLeads($e: NonEmptyString!) {\n          casing(evidenceId: $e) {\n            all: leads {\n              id: leadId\n              status\n              otherCasing {\n                evidenceId\n              }\n            }\n            rejected: leads(status: REJECTED) {\n              id: leadId\n            }\n          }\n        }\n      "): typeof import('./graphql').NibinCasingLeadsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PaginationScenes($first: Int, $after: String) {\n    scenes(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        hasPreviousPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id: sceneId\n          occurredAt\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').PaginationScenesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query Pagination1($l: NonEmptyString!, $after: String) {\n        ffl(license: $l) {\n          sales(first: 3, after: $after) {\n            totalCount\n            pageInfo {\n              hasNextPage\n              endCursor\n            }\n            edges {\n              node {\n                id: saleId\n                soldOn\n              }\n            }\n          }\n        }\n      }\n    "): typeof import('./graphql').Pagination1Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query Pagination2($s: String, $after: String) {\n        ffls(filter: { state: $s }, first: 100, after: $after) {\n          totalCount\n          pageInfo {\n            hasNextPage\n            endCursor\n          }\n          edges {\n            node {\n              license\n              state\n            }\n          }\n        }\n      }\n    "): typeof import('./graphql').Pagination2Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query Pagination3($id: NonEmptyString!) {\n          scene(id: $id) {\n            location {\n              latitude\n              longitude\n            }\n          }\n        }\n      "): typeof import('./graphql').Pagination3Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query Pagination4($lat: Latitude!, $lon: Longitude!) {\n          scenes(filter: { near: { latitude: $lat, longitude: $lon, radiusKm: 3 } }, first: 100) {\n            totalCount\n            edges {\n              node {\n                id: sceneId\n                location {\n                  latitude\n                  longitude\n                }\n              }\n            }\n          }\n        }\n      "): typeof import('./graphql').Pagination4Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query PaginationTestFires($after: String) {\n          casings(filter: { testFire: true }, first: 100, after: $after) {\n            totalCount\n            pageInfo {\n              hasNextPage\n              endCursor\n            }\n            edges {\n              node {\n                evidenceId\n                testFire\n                recoveredAt\n              }\n            }\n          }\n        }\n      "): typeof import('./graphql').PaginationTestFiresDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query PaginationRevolvers($after: String) {\n          firearms(filter: { kinds: [REVOLVER] }, first: 100, after: $after) {\n            totalCount\n            pageInfo {\n              hasNextPage\n              endCursor\n            }\n            edges {\n              node {\n                id: firearmId\n                kind\n              }\n            }\n          }\n        }\n      "): typeof import('./graphql').PaginationRevolversDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PeoplePurchases($id: NonEmptyString!, $after: String) {\n    person(id: $id) {\n      purchases(first: 10, after: $after) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          node {\n            id: saleId\n            soldOn\n            dealer {\n              license\n            }\n            firearm {\n              id: firearmId\n            }\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').PeoplePurchasesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PeopleRecoveriesFrom($id: NonEmptyString!, $after: String) {\n    person(id: $id) {\n      recoveriesFrom(first: 10, after: $after) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          node {\n            id: recoveryId\n            firearm {\n              id: firearmId\n            }\n            possessorIsPurchaser\n            recoveredOutOfState\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').PeopleRecoveriesFromDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PeopleAssociates($id: NonEmptyString!, $after: String) {\n    person(id: $id) {\n      associates(first: 10, after: $after) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          node {\n            source\n            since\n            person {\n              id: personId\n            }\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').PeopleAssociatesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PeopleTracedFirearms($l: NonEmptyString!, $after: String) {\n    ffl(license: $l) {\n      tracedFirearms(first: 10, after: $after) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          node {\n            id: firearmId\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').PeopleTracedFirearmsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query People1($id: NonEmptyString!) {\n        person(id: $id) {\n          id: personId\n          firstName\n          lastName\n          dateOfBirth\n          address\n          city\n          state\n        }\n      }\n    "): typeof import('./graphql').People1Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Chain($id: NonEmptyString!) {\n    firearm(id: $id) {\n      id: firearmId\n      traceChain {\n        dealer {\n          license\n          state\n        }\n        sale {\n          soldOn\n          purchaser {\n            id: personId\n          }\n          dealer {\n            license\n          }\n        }\n        purchaser {\n          id: personId\n          firstName\n          lastName\n          dateOfBirth\n          state\n        }\n        timeToCrimeDays\n        timeToCrimeIndicator\n        timeToFirstShootingDays\n        recoveries {\n          recoveredOn\n          state\n          timeToCrimeDays\n          timeToCrimeIndicator\n          possessorIsPurchaser\n          recoveredOutOfState\n          possessor {\n            id: personId\n            firstName\n          }\n          agency {\n            ori\n          }\n          traces {\n            id: traceId\n            outcome\n            requestedAt\n            resolvedDealer {\n              license\n            }\n            resolvedPurchaser {\n              id: personId\n            }\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').ChainDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          query TraceChain1($id: NonEmptyString!) {\n            firearm(id: $id) {\n              shootings {\n                occurredAt\n              }\n              traceChain {\n                sale {\n                  soldOn\n                }\n                firstShootingAt\n                timeToFirstShootingDays\n              }\n            }\n          }\n        "): typeof import('./graphql').TraceChain1Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ImportNibin($records: [ImportRecordInput!]!) {\n    importRecords(records: $records) {\n      accepted\n    }\n  }\n"): typeof import('./graphql').ImportNibinDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Shootings($id: NonEmptyString!) {\n    firearm(id: $id) {\n      shootings {\n        id: sceneId\n      }\n      casings {\n        evidenceId\n      }\n      traceChain {\n        timeToFirstShootingDays\n        firstShootingAt\n      }\n    }\n  }\n"): typeof import('./graphql').ShootingsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation RestartImport($r: [ImportRecordInput!]!) {\n          importRecords(records: $r) {\n            accepted\n          }\n        }\n      "): typeof import('./graphql').RestartImportDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation RestartAddWatch($k: NonEmptyString!) {\n          addWatch(kind: SERIES, key: $k) {\n            id\n          }\n        }\n      "): typeof import('./graphql').RestartAddWatchDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation RestartConfirm($id: NonEmptyString!) {\n          confirmLead(leadId: $id) {\n            id\n          }\n        }\n      "): typeof import('./graphql').RestartConfirmDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation RestartRefer($id: NonEmptyString!) {\n          referLead(leadId: $id, assignee: \"det-restart\") {\n            id\n          }\n        }\n      "): typeof import('./graphql').RestartReferDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query RestartDown {\n          lead(id: \"x\") {\n            id\n          }\n        }\n      "): typeof import('./graphql').RestartDownDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          query RestartLeadStatus($id: NonEmptyString!) {\n            lead(id: $id) {\n              status\n            }\n          }\n        "): typeof import('./graphql').RestartLeadStatusDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation RestartOutcome($id: NonEmptyString!) {\n          recordLeadOutcome(leadId: $id, outcome: ARREST) {\n            id\n          }\n        }\n      "): typeof import('./graphql').RestartOutcomeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Triage($ori: NonEmptyString, $after: String) {\n    leadTriage(agencyOri: $ori, from: \"2025-01-01T00:00:00Z\", to: \"2025-06-01T00:00:00Z\", first: 3, after: $after) {\n      totalCount\n      edges {\n        node {\n          rank\n          score\n          factors {\n            factor\n            value\n            weight\n            points\n            why\n          }\n          lead {\n            id: leadId\n            status\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): typeof import('./graphql').TriageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query Brief($ori: NonEmptyString!) {\n          dailyBrief(agencyOri: $ori, from: \"2025-04-01T00:00:00Z\", to: \"2025-05-10T00:00:00Z\") {\n            gunsRecovered\n            casingsEntered\n            casingsEnteredLate\n            newLeadCount\n            newLeads {\n              id: leadId\n            }\n            newHitCount\n            crossAgencyHits {\n              id: leadId\n            }\n            overdueReferralCount\n          }\n        }\n      "): typeof import('./graphql').BriefDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query Triage1 {\n          dailyBrief(agencyOri: \"NY0303000\", from: \"2025-02-01T00:00:00Z\", to: \"2025-01-01T00:00:00Z\") {\n            gunsRecovered\n          }\n        }\n      "): typeof import('./graphql').Triage1Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment WorkflowLeadFields on Lead {\n    id\n    status\n    reviewedAt\n    workflow {\n      stage\n      reviewedBy\n      assignee\n      dueAt\n      referredAt\n      outcome\n      closedAt\n    }\n    timeliness {\n      recoveryToEntryHours\n      entryToCorrelationHours\n      correlationToReviewHours\n      reviewToReferralHours\n      entryLate\n      referralOverdue\n      actionOverdue\n      overdue\n    }\n  }\n"): typeof import('./graphql').WorkflowLeadFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConfirmLead($id: NonEmptyString!) {\n    confirmLead(leadId: $id, note: \"same breech face\") {\n      ...WorkflowLeadFields\n    }\n  }\n"): typeof import('./graphql').ConfirmLeadDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RejectLead($id: NonEmptyString!) {\n    rejectLead(leadId: $id) {\n      ...WorkflowLeadFields\n    }\n  }\n"): typeof import('./graphql').RejectLeadDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReopenLead($id: NonEmptyString!, $reason: NonEmptyString!) {\n    reopenLead(leadId: $id, reason: $reason) {\n      ...WorkflowLeadFields\n    }\n  }\n"): typeof import('./graphql').ReopenLeadDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReferLead($id: NonEmptyString!, $assignee: NonEmptyString!) {\n    referLead(leadId: $id, assignee: $assignee) {\n      ...WorkflowLeadFields\n    }\n  }\n"): typeof import('./graphql').ReferLeadDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordLeadOutcome($id: NonEmptyString!, $outcome: LeadOutcome!) {\n    recordLeadOutcome(leadId: $id, outcome: $outcome) {\n      ...WorkflowLeadFields\n    }\n  }\n"): typeof import('./graphql').RecordLeadOutcomeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CloseLead($id: NonEmptyString!) {\n    closeLead(leadId: $id) {\n      ...WorkflowLeadFields\n    }\n  }\n"): typeof import('./graphql').CloseLeadDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query History($id: NonEmptyString!, $after: String) {\n    lead(id: $id) {\n      history(first: 2, after: $after) {\n        totalCount\n        edges {\n          node {\n            n\n            action\n            actor\n            fromStatus\n            toStatus\n            note\n            assignee\n            outcome\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').HistoryDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment LinkChartFields on LinkChart {\n    nodes {\n      id\n      kind\n      label\n      properties\n      riskScore\n      distance\n    }\n    edges {\n      id\n      source\n      target\n      kind\n      properties\n      at\n    }\n    truncated\n    omitted {\n      nodes\n      edges\n      byKind {\n        kind\n        count\n      }\n      cutAt\n      stoppedAtDepth\n    }\n  }\n"): typeof import('./graphql').LinkChartFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LinkChart($seeds: [ID!]!, $depth: Int, $limit: Int, $include: [RelationshipKind!], $from: DateTime, $to: DateTime) {\n    linkChart(seeds: $seeds, depth: $depth, limit: $limit, include: $include, from: $from, to: $to) {\n      ...LinkChartFields\n    }\n  }\n"): typeof import('./graphql').LinkChartDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Expand($nodeId: ID!, $include: [RelationshipKind!], $limit: Int, $known: [ID!]) {\n    expand(nodeId: $nodeId, include: $include, limit: $limit, known: $known) {\n      ...LinkChartFields\n    }\n  }\n"): typeof import('./graphql').ExpandDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Paths($from: ID!, $to: ID!, $maxHops: Int, $include: [RelationshipKind!], $timeOrdered: Boolean) {\n    shortestPaths(from: $from, to: $to, maxHops: $maxHops, include: $include, timeOrdered: $timeOrdered) {\n      hops\n      truncated\n      timeOrdered\n      paths {\n        nodeIds\n        edgeIds\n        hops\n        startsAt\n        endsAt\n      }\n      chart {\n        ...LinkChartFields\n      }\n    }\n  }\n"): typeof import('./graphql').PathsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Central($seeds: [ID!], $filter: SeedFilter, $depth: Int, $include: [RelationshipKind!], $orderBy: CentralityMeasure, $first: Int) {\n    mostConnected(seeds: $seeds, filter: $filter, depth: $depth, include: $include, orderBy: $orderBy, first: $first) {\n      chartNodes\n      chartEdges\n      truncated\n      seeds\n      nodes {\n        rank\n        degree\n        pageRank\n        betweenness\n        node {\n          id\n          kind\n          label\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').CentralDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query PathsCentrality1($id: ID!) {\n        expand(nodeId: $id, include: [OF_FIREARM]) {\n          nodes {\n            id\n            kind\n            properties\n          }\n        }\n      }\n    "): typeof import('./graphql').PathsCentrality1Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ImportedCases1($records: [ImportRecordInput!]!) {\n    importRecords(records: $records) {\n      accepted\n    }\n  }\n"): typeof import('./graphql').ImportedCases1Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ImportedCases2($filter: TraffickingNetworkFilter) {\n    traffickingNetworks(first: 40, filter: $filter) {\n      edges {\n        node {\n          id\n          typology\n          evidence\n          strawPurchasers\n          members(first: 20) {\n            edges {\n              node {\n                personId\n                role\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').ImportedCases2Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Networks1($first: Int, $after: String, $filter: TraffickingNetworkFilter) {\n    traffickingNetworks(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          rank\n          size\n          method\n          typology\n          corridor\n          evidence\n          strawPurchasers\n          repeatStrawPurchasers\n          outOfStateShare\n          brokers\n          possessors\n          traffickedGuns\n          firearmCount\n          dealerCount\n          sourceStates\n          destinationStates\n          firstActivity\n          lastActivity\n          computedAt\n          members(first: 100) {\n            totalCount\n            edges {\n              node {\n                personId\n                role\n                centrality\n                betweenness\n                person {\n                  id: personId\n                  lastName\n                }\n              }\n            }\n          }\n          dealers(first: 100) {\n            totalCount\n            edges {\n              node {\n                license\n                guns\n                ffl {\n                  license\n                }\n              }\n            }\n          }\n          firearms(first: 1) {\n            totalCount\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').Networks1Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query Networks2($id: ID!, $after: String) {\n        network(id: $id) {\n          id\n          members(first: 2, after: $after) {\n            totalCount\n            pageInfo {\n              hasNextPage\n              endCursor\n            }\n            edges {\n              node {\n                personId\n              }\n            }\n          }\n        }\n      }\n    "): typeof import('./graphql').Networks2Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query Networks3 {\n          network(id: \"NET-000000000000\") {\n            id\n          }\n        }\n      "): typeof import('./graphql').Networks3Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query Networks4($id: NonEmptyString!) {\n        person(id: $id) {\n          id: personId\n          network {\n            role\n            centrality\n            network {\n              id\n              size\n            }\n          }\n          strawPurchaseIndicators {\n            purchases\n            multipleSales\n            dealersUsed\n            gunsRecovered\n            recoveredFromOthersShortTtc\n            recoveredOutOfState\n            signals\n            flagged\n          }\n        }\n      }\n    "): typeof import('./graphql').Networks4Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          query Networks5 {\n            traffickingNetworks(first: 1) {\n              totalCount\n            }\n          }\n        "): typeof import('./graphql').Networks5Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n            query NetworksWithoutGds {\n              traffickingNetworks(first: 5) {\n                totalCount\n              }\n            }\n          "): typeof import('./graphql').NetworksWithoutGdsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n            query NetworkWithoutGds {\n              network(id: \"NET-x\") {\n                id\n              }\n            }\n          "): typeof import('./graphql').NetworkWithoutGdsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          query Networks6($id: NonEmptyString!) {\n            person(id: $id) {\n              id: personId\n              strawPurchaseIndicators {\n                purchases\n              }\n              network {\n                role\n              }\n            }\n          }\n        "): typeof import('./graphql').Networks6Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          query Networks7 {\n            highRiskDealers(first: 3) {\n              totalCount\n              edges {\n                node {\n                  score\n                }\n              }\n            }\n          }\n        "): typeof import('./graphql').Networks7Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Typologies3($first: Int, $after: String, $typology: String) {\n    flaggedPurchasers(first: $first, after: $after, typology: $typology) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          personId\n          rank\n          score\n          strawGuns\n          veryShortGuns\n          purchaseEvents\n          networkId\n          typology\n          evidence\n          person {\n            id\n            lastName\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').Typologies3Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query Typologies1 {\n          traffickingNetworks(first: 20, filter: { typology: \"RECEIVER_HUB\" }) {\n            edges {\n              node {\n                evidence\n                members(first: 30) {\n                  edges {\n                    node {\n                      personId\n                      role\n                      evidence\n                    }\n                  }\n                }\n              }\n            }\n          }\n        }\n      "): typeof import('./graphql').Typologies1Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query Typologies2($l: NonEmptyString!) {\n          dealerRiskSubgraph(license: $l, depth: 2, limit: 1000) {\n            nodes {\n              id\n              kind\n              properties\n            }\n            edges {\n              source\n              target\n              kind\n            }\n          }\n        }\n      "): typeof import('./graphql').Typologies2Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          query Typologies4 {\n            flaggedPurchasers(first: 1) {\n              totalCount\n            }\n          }\n        "): typeof import('./graphql').Typologies4Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NodeChain($id: NonEmptyString!) {\n    firearm(id: $id) {\n      __typename\n      id\n      firearmId\n      traceChain {\n        manufacturer {\n          __typename\n          id\n          name\n        }\n        dealer {\n          __typename\n          id\n          license\n        }\n        sale {\n          __typename\n          id\n          saleId\n        }\n        purchaser {\n          __typename\n          id\n          personId\n        }\n        recoveries {\n          __typename\n          id\n          recoveryId\n          agency {\n            __typename\n            id\n            ori\n          }\n          traces {\n            __typename\n            id\n            traceId\n          }\n        }\n      }\n      shootings {\n        __typename\n        id\n        sceneId\n      }\n      casings {\n        __typename\n        id\n        evidenceId\n        leads {\n          __typename\n          id\n          leadId\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').NodeChainDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query Refetch($id: ID!) {\n        node(id: $id) {\n          __typename\n          id\n          ... on Agency {\n            ori\n          }\n          ... on Casing {\n            evidenceId\n          }\n          ... on Ffl {\n            license\n          }\n          ... on Manufacturer {\n            name\n          }\n          ... on Firearm {\n            firearmId\n          }\n          ... on Person {\n            personId\n          }\n          ... on Sale {\n            saleId\n          }\n          ... on Recovery {\n            recoveryId\n          }\n          ... on Trace {\n            traceId\n          }\n          ... on Scene {\n            sceneId\n          }\n          ... on Lead {\n            leadId\n          }\n        }\n      }\n    "): typeof import('./graphql').RefetchDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query NodesInOrder($ids: [ID!]!) {\n          nodes(ids: $ids) {\n            __typename\n            id\n          }\n        }\n      "): typeof import('./graphql').NodesInOrderDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query Node1 {\n          node(id: \"Casing:EV-NO-SUCH\") {\n            id\n          }\n        }\n      "): typeof import('./graphql').Node1Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          query Node2($id: ID!) {\n            node(id: $id) {\n              id\n            }\n          }\n        "): typeof import('./graphql').Node2Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query Node3($ids: [ID!]!) {\n          nodes(ids: $ids) {\n            id\n          }\n        }\n      "): typeof import('./graphql').Node3Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query Node4($ids: [ID!]!) {\n          nodes(ids: $ids) {\n            id\n          }\n        }\n      "): typeof import('./graphql').Node4Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query NodeAsIngest($id: ID!) {\n          node(id: $id) {\n            id\n          }\n        }\n      "): typeof import('./graphql').NodeAsIngestDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MetricsViewer {\n    viewer {\n      subject\n    }\n  }\n"): typeof import('./graphql').MetricsViewerDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query MetricsForbidden {\n          auditEvents(first: 1) {\n            totalCount\n          }\n        }\n      "): typeof import('./graphql').MetricsForbiddenDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DealerRisk1($first: Int, $after: String, $filter: HighRiskDealerFilter) {\n    highRiskDealers(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          license\n          state\n          licenseType\n          rank\n          score\n          traces\n          computedAt\n          indicators {\n            key\n            value\n            percentile\n            weight\n            contribution\n            peerGroup\n            peerCount\n          }\n          topIndicators(count: 3) {\n            key\n            value\n            percentile\n            weight\n            contribution\n            peerGroup\n            peerCount\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').DealerRisk1Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query DealerRisk2($license: NonEmptyString!, $first: Int, $after: String, $indicator: RiskIndicatorKey) {\n        ffl(license: $license) {\n          risk {\n            traces\n            evidence(first: $first, after: $after, indicator: $indicator) {\n              totalCount\n              pageInfo {\n                hasNextPage\n                endCursor\n              }\n              edges {\n                node {\n                  traceId\n                  requestedAt\n                  flags\n                  timeToCrimeDays\n                }\n              }\n            }\n          }\n        }\n      }\n    "): typeof import('./graphql').DealerRisk2Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query DealerRisk3($l: NonEmptyString!) {\n          ffl(license: $l) {\n            license\n            risk {\n              rank\n              score\n              computedAt\n            }\n          }\n        }\n      "): typeof import('./graphql').DealerRisk3Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          query DealerRisk4 {\n            highRiskDealers(first: 1) {\n              totalCount\n            }\n          }\n        "): typeof import('./graphql').DealerRisk4Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          query DealerRisk5 {\n            highRiskDealers(first: 1) {\n              totalCount\n            }\n            ffls(first: 1) {\n              edges {\n                node {\n                  risk {\n                    score\n                  }\n                }\n              }\n            }\n          }\n        "): typeof import('./graphql').DealerRisk5Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query DealerRisk6 {\n          highRiskDealers(first: 1) {\n            totalCount\n          }\n        }\n      "): typeof import('./graphql').DealerRisk6Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    query DealerRisk7($l: NonEmptyString!, $d: Int, $n: Int) {\n      dealerRiskSubgraph(license: $l, depth: $d, limit: $n) {\n        truncated\n        omitted {\n          nodes\n          byKind {\n            kind\n            count\n          }\n        }\n        nodes {\n          id\n          kind\n          label\n          properties\n          riskScore\n        }\n        edges {\n          id\n          source\n          target\n          kind\n          at\n        }\n      }\n    }\n  "): typeof import('./graphql').DealerRisk7Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation InventoryLoss1($records: [ImportRecordInput!]!) {\n    importRecords(records: $records) {\n      accepted\n    }\n  }\n"): typeof import('./graphql').InventoryLoss1Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query InventoryLoss2($l: NonEmptyString!) {\n    ffl(license: $l) {\n      risk {\n        indicators {\n          key\n          value\n          detail\n        }\n        evidence(first: 10, indicator: NO_RECORD_TRACES) {\n          totalCount\n          edges {\n            node {\n              traceId\n              flags\n            }\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').InventoryLoss2Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SplitRingCandidates($after: String) {\n    duplicateCandidates(status: OPEN, first: 100, after: $after) {\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          score\n          personA {\n            personId\n          }\n          personB {\n            personId\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').SplitRingCandidatesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SplitRingConfirm($id: ID!) {\n    confirmSamePerson(candidateId: $id, note: \"same home address, same broker in both investigations\") {\n      id\n      status\n    }\n  }\n"): typeof import('./graphql').SplitRingConfirmDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SplitRingReopen($id: ID!) {\n    reopenDuplicateCandidate(candidateId: $id, note: \"test finished\") {\n      id\n      status\n    }\n  }\n"): typeof import('./graphql').SplitRingReopenDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SplitRingNetwork($id: ID!) {\n    network(id: $id) {\n      id\n      evidence\n      members(first: 100) {\n        edges {\n          node {\n            role\n            evidence\n            personId\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').SplitRingNetworkDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation DeadlineRetry($records: [ImportRecordInput!]!) {\n          importRecords(records: $records) {\n            accepted\n          }\n        }\n      "): typeof import('./graphql').DeadlineRetryDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query Deadline1 {\n          serviceInfo {\n            version\n            neo4jVersion\n          }\n        }\n      "): typeof import('./graphql').Deadline1Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          query Deadline2 {\n            ffls(first: 50) {\n              edges {\n                node {\n                  license\n                }\n              }\n            }\n          }\n        "): typeof import('./graphql').Deadline2Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          query Deadline3 {\n            viewer {\n              subject\n            }\n          }\n        "): typeof import('./graphql').Deadline3Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query Limits1 {\n          serviceInfo {\n            version\n            neo4jVersion\n          }\n          viewer {\n            subject\n          }\n        }\n      "): typeof import('./graphql').Limits1Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query Roles1($id: ID!) {\n          auditEvents(filter: { personId: $id }, first: 100) {\n            edges {\n              node {\n                outcome\n                roles\n              }\n            }\n          }\n        }\n      "): typeof import('./graphql').Roles1Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          query Tokens1 {\n            __schema {\n              queryType {\n                name\n              }\n            }\n          }\n        "): typeof import('./graphql').Tokens1Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SeedAudit1($s: String) {\n    auditEvents(filter: { subject: $s }) {\n      edges {\n        node {\n          subject\n          agencyOri\n          sourceAddress\n          operation\n          documentHash\n          personIds\n          outcome\n          errorCodes\n          wrote\n          recordsRead\n          recordsAccepted\n          recordsRejected\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').SeedAudit1Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query ChartSearchGun($id: ID!) {\n          node(id: $id) {\n            ... on Firearm {\n              serial\n            }\n          }\n        }\n      "): typeof import('./graphql').ChartSearchGunDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query ChartSearchPerson($id: ID!) {\n          node(id: $id) {\n            ... on Person {\n              firstName\n              lastName\n            }\n          }\n        }\n      "): typeof import('./graphql').ChartSearchPersonDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
