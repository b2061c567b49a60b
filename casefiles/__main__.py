from casefiles.launcher import main

raise SystemExit(main())
