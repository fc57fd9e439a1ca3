from hadath.cli import main

main()
