from timeline.fastpath import main

main()
